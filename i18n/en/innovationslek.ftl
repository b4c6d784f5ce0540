# The words of Innovationslek in English: everything the user reads.
# The keys are the same as in ../sv/innovationslek.ftl; a test checks that.

## The interface

app-title = Innovationslek
library = Library
settings = Settings
back = Back
decks = Decks
workshops = Workshops
broken-files = Files with errors
warnings = Warnings
no-decks = No decks found.
no-workshops = No workshops found.
nothing-selected = Choose a deck, a workshop or a file in the list on the left.
folder = Folder
folder-path = Folder path
open-folder = Open folder
folder-missing = The folder { $path } does not exist. Choose another folder below.
not-a-folder = { $path } is not a folder.
empty-path = Type the path of a folder.
reload = Reload
added = Added files and folders
drop-hint = Drop .ron files or folders here to add them.
dropped-ignored = Ignored (not .ron or a folder): { $path }
reloaded = Loaded { $time }: { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }.
watching = Files are reloaded automatically when they change.
watch-failed = Cannot watch for changes: { $error }
home = Home
home-run-workshop = Run a workshop
home-run-hint = Choose a workshop: the next page shows the agenda and the Start button.
continue-title = Continue where you left off
continue-button = Continue
continue-named = Continue { $workshop }
continue-when = Last changed { $time }
continue-step = Step { $n } of { $total }: { $step }
open-workshop-named = Open the workshop { $workshop }
home-print = Print a deck
print-named = Print { $deck }…
browse-named = Browse { $deck }
own-decks = My own decks
own-folder-is = Your folder: { $path }
own-counts = { $decks ->
        [one] { $decks } deck
       *[other] { $decks } decks
    } and { $workshops ->
        [one] { $workshops } workshop
       *[other] { $workshops } workshops
    } of your own.
own-none = No decks of your own yet: edit min-kortlek.deck.ron in the folder, or put a copy of a deck there.
open-own-folder = Open the folder
choose-folder = Choose another folder…
folder-created = Your folder was just created, with a READ ME file and a deck to edit.
folder-create-failed = Could not create your folder: { $error }
no-problems = No problems in your files.
problems-found = Problems or warnings in { $n ->
        [one] { $n } file
       *[other] { $n } files
    }:
advanced = Advanced
bundled = Bundled
own-file = Your own
to-library = The whole library
show-other-languages = Also show workshops and decks in { $language } ({ $n })
in-swedish = Swedish
in-english = English
in-other-languages = other languages
loading = Reading the decks and workshops…
sessions-loading = Reading the saved sessions…
dialog-unavailable = No file or folder dialog could be opened (the system has no desktop portal). Type the path in the field instead.
open-failed = Could not open { $path }: no program for it was found ({ $error }). Open it yourself; the path can be copied here:
copy-path = Copy the path
open-pdf = Open PDF
choose-save-as = Choose…
exports-go-to = What you save goes to { $path }
cards = { $n ->
        [one] { $n } card
       *[other] { $n } cards
    }
categories = Categories
language = Language
version = Version
license = Licence
credits = Credits
browse-cards = Browse the cards
minutes = { $n } min
steps = { $n ->
        [one] { $n } step
       *[other] { $n } steps
    }
uses-deck = Deck: { $deck }
no-deck = No deck
roles = Roles
preparation = Preparation
agenda = Agenda
draws-cards = Draws { $n ->
        [one] { $n } card
       *[other] { $n } cards
    } from: { $from }
whole-deck = the whole deck
captures = Captures: { $fields }
facilitator-notes = Notes for the facilitator
errors = { $n ->
        [one] { $n } error
       *[other] { $n } errors
    }
no-line = (no line given)
file-unreadable = The file's text could not be read.
search = Search
search-hint = Search titles, text and prompts
clear-search = Clear search
all-categories = All categories
showing = Showing { $shown } of { $total ->
        [one] { $total } card
       *[other] { $total } cards
    }
no-matches = No cards match.
previous = Previous
next = Next
prompts = Prompts
suggested-time = Suggested time: { $n } min
copies-count = { $n ->
        [one] { $n } copy when printed
       *[other] { $n } copies when printed
    }
deck-missing = The deck { $id } is no longer in the library.
theme = Theme
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
text-size = Text size
interface-language = Interface language
settings-saved = Settings are saved automatically.
keyboard = Keyboard
keyboard-help = Tab moves between controls, Enter or Space activates, Esc closes an open card. Ctrl + and Ctrl − change the text size.
print = Print…
print-title = Print: { $deck }
paper = Paper
card-size = Card size
custom-size = Custom size
width-mm = Width (mm)
height-mm = Height (mm)
bleed = Bleed (mm)
backs = Backs
backs-long-edge = Duplex, flip on long edge
backs-short-edge = Duplex, flip on short edge
backs-fold = Fold: fronts and backs side by side
backs-none = No backs
crop-marks = Crop marks
back-style = Back style
back-style-deck = As the deck file says ({ $style })
back-style-office = Office: white with an emblem (little ink, forgives a shift)
back-style-flood = Flood: colour over the whole back (print shop)
low-ink = Low ink: outlines instead of colour areas
extras = Start sheet, legend card and credits card
offset-x = Shift backs X (mm)
offset-y = Shift backs Y (mm)
strict = Stop if any text does not fit
output-file = Save as
export-pdf = Export PDF
export-test-sheet = Export duplex alignment sheet
per-sheet = { $n ->
        [one] { $n } card per sheet
       *[other] { $n } cards per sheet
    }
pages-info = { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } on { $sheets ->
        [one] { $sheets } sheet
       *[other] { $sheets } sheets
    }, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } in the PDF
turned = The cards are turned a quarter turn to fit more.
logo-problem = The deck is printed without its logo: { $error }
preview-front = First sheet, front
preview-back = First sheet, back
overflow = The text does not fit on these cards (it is cut with …):
all-fits = All text fits.
exporting = Exporting { $what } to { $path }
stage-rendering = Making the PDF…
stage-writing = Writing the file…
exported = Saved: { $path } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $size } kB)
export-failed = The export failed: { $error }
show-in-file-manager = Show in folder
reveal-failed = Could not open the folder: { $error }
guide = Facilitator guide
export-guide = Export guide (PDF)
start-time = Start time
bad-seed = The seed `{ $seed }` is not a whole number (0–18446744073709551615).
no-such-workshop = The workshop `{ $id }` is not in the library.
no-data-folder = The system names no data folder; sessions cannot be saved.
no-session = No session is open.
projector-title = Innovationslek – projector
save-failed = Could not save the session: { $error }
shortcuts-title = Keyboard shortcuts
shortcut-start-pause = Start / pause the timer
shortcut-next = Next step
shortcut-previous = Previous step
shortcut-plus-one = One more minute
shortcut-plus-five = Five more minutes
shortcut-minus-one = One minute less
shortcut-draw = Draw cards
shortcut-keep = Keep the first card on the table
shortcut-discard = Discard the first card on the table
shortcut-undo = Undo the last action (draw, step, timer, text …)
shortcut-redo = Redo what was undone
shortcut-reshuffle = Shuffle the discards back
shortcut-projector = Open / close the projector window
shortcut-fullscreen = Full screen for the room (the projector window, otherwise this window)
shortcut-help = Show / hide shortcuts
shortcut-escape = Close the help or leave full screen
shortcut-blank = Black screen for the room / show again
shortcut-rail = Show / hide the agenda
undo = Undo
redo = Redo
undo-what = Undo: { $what } (Ctrl+Z)
redo-what = Redo: { $what } (Ctrl+Shift+Z)
nothing-to-undo = Nothing to undo
nothing-to-redo = Nothing to redo
toast-done = { $what } · Ctrl+Z undoes
toast-undid = Undone: { $what } · Ctrl+Shift+Z redoes
toast-redid = Redone: { $what } · Ctrl+Z undoes
act-started = Started the timer
act-paused = Paused the timer
act-added-minutes = Added { $n } min
act-removed-minutes = Took away { $n } min
act-went-to = Went to step { $n }: { $title }
act-skipped = Skipped step { $n }: { $title }
act-completed = Step { $n } is done: { $title }
act-finished = Finished the workshop
act-reopened = Reopened the workshop
act-drew = Drew { $n ->
        [one] { $n } card
       *[other] { $n } cards
    }
act-kept = Kept { $card }
act-discarded = Discarded { $card }
act-cleared = Cleared the table ({ $n ->
        [one] { $n } card
       *[other] { $n } cards
    } to the discards)
act-reshuffled = Shuffled { $n ->
        [one] { $n } card
       *[other] { $n } cards
    } back
act-text = Wrote in { $field }
act-added-item = Added an item to { $field }
act-edited-item = Changed an item in { $field }
act-removed-item = Removed an item from { $field }
act-moved-item = Moved an item in { $field }
act-chose = Marked an item as chosen in { $field }
act-unchose = Unmarked an item in { $field }
act-added-row = Added a row to { $field }
act-removed-row = Removed a row from { $field }
act-moved-row = Moved a row in { $field }
act-edited-cell = Wrote in a cell of { $field }
act-assigned-role = Wrote down who has the role { $role }
clear-table = Clear the table
clear-table-hint = Moves the cards still on the table to the discards; the kept ones stay (Ctrl+Z undoes)
complete-step = Done
complete-step-hint = Mark the step done without moving on
step-is-done = Done
reopen-session = Reopen the workshop
reopen-hint = The workshop goes on where it ended; the summary is updated
state-not-started = not started
state-running = running
state-paused = paused
state-visited = started, not done
state-done = done
state-skipped = skipped
planned-was = planned { $time }
note-workshop-changed = The workshop `{ $workshop }` changed since this session was saved; the current file is used.
note-steps-missing = Steps no longer in the workshop (their timing is kept in the file): { $ids }
note-fields-missing = Fields no longer in the workshop (what was written is kept and summarised): { $ids }
note-from-backup = The session file { $path } was damaged or missing; the previous save was loaded. Changes after that save are missing.
err-last-step = This is the last step: finish the workshop instead.
err-first-step = This is the first step.
err-no-such-step = There is no step { $n } (the workshop has { $len ->
        [one] { $len } step
       *[other] { $len } steps
    }).
err-no-deck = This workshop has no deck to draw from.
err-finished = The workshop has ended. Reopen it to change anything.
err-break = This step is a break: no cards are drawn.
err-unknown-field = The workshop has no field `{ $field }`.
err-changed-kind = The field `{ $field }` changed its kind in the workshop; what was saved is left as it is.
err-capture-range = The field `{ $field }` could not be changed: there is no row { $n } ({ $len ->
        [one] there is { $len }
       *[other] there are { $len }
    }).
err-capture-kind = The field `{ $field }` is of another kind than the change.
err-zero-count = A draw needs at least one card.
err-unknown-category = The deck has no category `{ $id }` (its categories: { $known }).
err-not-enough = Cannot draw { $requested ->
        [one] { $requested } card
       *[other] { $requested } cards
    }: only { $available } left. Shuffle the discards back (R) or draw from the whole deck.
err-unknown-card = The deck has no card `{ $id }`.
err-wrong-place = The card `{ $id }` is not where the change expects it (it is { $place }).
roles-before-the-day = You can write down who has the roles before the day; it is kept and goes with the workshop when it starts.
who-has-role-named = Who has the role { $role }?
prepared-count = { $done } of { $total } done (kept until the day)
shortcuts-resting = You are typing with no field selected: the shortcuts wait until you stop typing (Esc). Click in the field you want to write in.
not-started = Not started
paused = Paused
running = Running
minutes-left = { $n } min left
next-up = Next: { $step } · { $time }
break-until = Break until { $time }
step-window = { $from }–{ $to } · now { $now }
budget = The step has { $n } min
blank-screen = Black screen
show-screen = Show the screen
finish-question = Finish the workshop?
finish-explained = The time stops and the summary is shown. Everything written is saved.
finish-session-ask = Finish the workshop…
session-running = { $workshop } is running
start-another-explained = Do you want to continue { $workshop } or start { $new }? The running session is saved and can be continued later from the library.
continue-running = Continue { $workshop }
start-another = Start { $workshop }
cancel = Cancel
keep-working = Keep working
from-earlier-steps = From earlier steps
no-cards-yet = No cards drawn in this step yet.
earlier-cards = Earlier cards ({ $n })
discarded-card = Discarded: { $card }
show-on-projector = Show on the projector
hide-from-projector = Hide from the projector
row-n = Row { $n }
row-up = Move row { $n } up
row-down = Move row { $n } down
remove-row-n = Remove row { $n }
close = Close
seed-is = Seed: { $seed }
planned-actual = ({ $planned } / { $actual } min)
ahead-by = { $n } min ahead of plan
behind-by = { $n } min behind plan
on-time = On plan
end-times = Planned end { $planned } · expected end { $expected }
finish-session = Finish the workshop
time-up = Time is up!
pause = Pause
start-timer = Start the timer
previous-step = Previous
next-step = Next
open-projector = Open projector window
close-projector = Close projector window
fullscreen = Full screen
cards-heading = Cards
draw-n = Draw { $n ->
        [one] { $n } card
       *[other] { $n } cards
    } ({ $from })
draw-from-deck = Draw 1 from the whole deck
reshuffle = Reshuffle
pile-info = { $left } left in the pile · { $discarded } discarded · seed { $seed }
kept = Kept
keep-card = Keep { $card }
discard-card = Discard { $card }
chosen = Chosen
remove = Remove
new-item = New item…
new-item-for = New item in { $field }
add-to = Add to { $field }
remove-row = Remove the row
add-row = Add row
add-row-to = Add a row to { $field }
session-finished = { $workshop } has ended
totals-line = Planned { $planned } min · actual { $actual } min · { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } drawn · { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }
planned-vs-actual = Planned and actual time per step
export-summary = Save summary (Markdown and PDF)
saved-file = Saved: { $path }
chart-row = { $step }: planned { $planned } min, actual { $actual } min
back-to-session = To the session: { $workshop }
run-workshop = Run the workshop
seed = Seed
start-session = Start
resume-session = Continue { $workshop } from { $time }
past-sessions = Past sessions ({ $n })
open-session = Open { $id }
finished = finished
unfinished = unfinished
leave-fullscreen = Esc: back to the facilitator's view
who-has-role = Who has the role? (names, for the summary)
print-advice = Print at 100 % scale (not "fit to page").
session-read-only = Open in another window of Innovationslek (process { $pid }) — close it and choose Try again, or open a copy to work on. Nothing can be changed here. If no other window has it open: delete { $lock } and choose Try again.
read-only-title = Read-only
try-again = Try again
open-copy = Open a copy
session-copy-of = A copy of the session { $id }: the original is not changed from here.

## Dot votes and the matrix (src/ui/choosing.rs)

act-voted = Gave a dot in { $field }
act-unvoted = Took a dot away in { $field }
act-counted = Wrote down how many vote in { $field }
act-chose-top = Chose the top items in { $field }
act-dropped-votes = Dropped dots in { $field }
act-placed = Placed an item in { $field }
act-unplaced = Took an item off { $field }
votes-budget = { $given } of { $budget } { $budget ->
        [one] dot
       *[other] dots
    } given ({ $people } { $people ->
        [one] person
       *[other] people
    } × { $dots })
votes-given = { $given } { $given ->
        [one] dot
       *[other] dots
    } given, { $dots } per person
votes-over = { $n } more than the budget
votes-left = { $n } left
vote-participants = Participants
vote-participants-hint = How many people vote, for the budget (0: not given)
vote-row = { $item }: { $n } { $n ->
        [one] dot
       *[other] dots
    }
vote-row-hint = + or → gives a dot, − or ← takes one; space marks it chosen
vote-add = Give { $item } a dot
vote-remove = Take a dot from { $item }
vote-choose = Chosen: { $item }
vote-tied = tied { $rank }
vote-choose-top = Choose the top { $n }
vote-choose-top-one = Choose the top one
vote-choose-top-hint = Marks the items ranked 1 to { $n } as chosen (ties included) and no others; Ctrl+Z undoes
vote-choose-count = How many to choose
vote-no-items = Write items in { $list } first: the group votes on them here.
vote-gone = Dots on items no longer in the list
vote-drop = Drop { $item }
vote-no-dots = No dots yet
matrix-hint = Drag the items to a cell, or pick one with Tab and move it with the arrow keys; Delete takes it off
matrix-unplaced = Not placed ({ $n })
matrix-gone = Placed but no longer in the list
matrix-item = { $item }: { $cell }
matrix-not-placed = not placed
matrix-cell = { $x } { $xl }, { $y } { $yl }
matrix-low = low
matrix-high = high
matrix-take-off = Take { $item } off
matrix-no-items = Write items in { $list } first: the group places them here.
more-items = +{ $n } more
err-not-in-list = { $field }: the list has no item "{ $item }" (it may just have been removed or renamed)
err-still-in-list = { $field }: "{ $item }" is still in the list; take its dots away one by one instead
## The summary of a session

sum-summary = summary
sum-workshop = Workshop
sum-date = Date
sum-planned-start = Planned start
sum-actual-start = Actual start
sum-finished = Finished
sum-not-finished = not finished
sum-not-started = not started
sum-deck = Deck
sum-seed = Seed of the draws
sum-session = Session
sum-notes = Please note
sum-roles = Roles
sum-time = Time per step
sum-step = Step
sum-start = Planned start
sum-planned-min = Planned (min)
sum-actual-min = Actual (min)
sum-difference-min = Difference (min)
sum-remark = Remark
sum-skipped = skipped
sum-added = added
sum-removed = removed
sum-total = Total
sum-cards = Cards drawn
sum-no-cards = No cards were drawn.
sum-card = Card
sum-category = Category
sum-kept = Chosen
sum-clock = Time
sum-yes = yes
sum-captures = Notes
sum-other-fields = Other notes (fields the workshop no longer has)
sum-nothing = nothing written
sum-chosen = chosen
sum-action-plan = Action plan
sum-totals = Totals
sum-planned-time = Planned time
sum-actual-time = Actual time
sum-ahead = ahead of plan
sum-behind = behind plan
sum-on-time = on plan
sum-steps-skipped = Steps skipped
sum-cards-drawn = Cards drawn
sum-cards-kept = of which chosen
sum-items-chosen = Items chosen in the lists
sum-actions = Actions in the action plan
sum-min = min

## The facilitator guide (PDF)

guide-guide = Facilitator guide
guide-minutes = min
guide-deck = Deck
guide-roles = Roles
guide-preparation = Preparation
guide-agenda = Agenda
guide-time = Time
guide-step = Step
guide-cards = Cards
guide-total = Total
guide-steps = Step by step
guide-instructions = Instructions
guide-notes = Facilitator notes
guide-draws = Cards to draw
guide-whole-deck = the whole deck
guide-card-count = { $n ->
        [one] { $n } card
       *[other] { $n } cards
    }
guide-capture = To fill in
guide-times-note = The times are suggestions: give a step more or less time during the session as the group needs.

## The start sheet and the cards about the deck (PDF)

extra-sheet = sheet
extra-front = front
extra-back = back
extra-fold = fold along the line
extra-fronts-only = fronts only
extra-long-edge = flip on long edge
extra-short-edge = flip on short edge
extra-one-sided = one-sided
extra-at100 = print at 100 %
extra-start-sheet = Start sheet
extra-start-back = The back of the start sheet: this page is empty on purpose.
extra-how-to-print = How to print
extra-print-steps-duplex1 = Two-sided, flip on the { $edge }.
extra-print-steps-duplex2 = Scale 100 % (not “fit to page”).
extra-print-steps-duplex3 = Paper { $paper }, 160–200 g/m² (heavy paper or thin card).
extra-print-steps-duplex4 = Print the sheet with the scale bar first and measure: the bar must be 50 mm.
extra-print-steps-fold1 = One-sided: fronts and backs are on the same page.
extra-print-steps-fold2 = Scale 100 % (not “fit to page”).
extra-print-steps-fold3 = Paper { $paper }, 120–160 g/m²: the sheet is folded, so it doubles.
extra-print-steps-fold4 = Fold along the dashed line, glue the halves together, then cut.
extra-print-steps-none1 = One-sided: fronts only.
extra-print-steps-none2 = Scale 100 % (not “fit to page”).
extra-print-steps-none3 = Paper { $paper }, 160–200 g/m² (heavy paper or thin card).
extra-print-steps-none4 = Print the sheet with the scale bar first and measure: the bar must be 50 mm.
extra-how-to-cut = How to cut
extra-cut-steps1 = With a ruler, draw a line between each pair of crop marks that face each other.
extra-cut-steps2 = Cut the long lines first (1, 2, …), across the whole sheet.
extra-cut-steps3 = Then cut the strips at the short lines (a, b, …).
extra-checklist = The cards
extra-checklist-hint = Tick the cards off as you cut them.
extra-continued = (continued)
extra-legend-title = The categories
extra-credits-title = About the deck
extra-licence = Licence
extra-version = Version
extra-cards-word = cards
extra-legend-card = The categories (legend)
extra-credits-card = About the deck (licence)
extra-edge-long = long edge
extra-edge-short = short edge

## Page footers, card footers and the PDFs' properties

page-of = Page { $n } of { $total }
card-minutes = ≈ { $n } min
fold-label = fold
card-named = card { $title }
deck-subject = { $total ->
        [one] { $total } card
       *[other] { $total } cards
    }, { $card }, { $paper } paper, backs: { $backs }
backs-subject-long-edge = duplex, flip on long edge
backs-subject-short-edge = duplex, flip on short edge
backs-subject-fold = folded
backs-subject-none = none

## Warnings when a deck is printed

warning-prefix = warning
warn-overflow = card `{ $card }`: the text does not fit even at the smallest size; it is cut with "…" (shorten it or choose a larger card)
warn-no-effect = { $option } has no effect: it shifts duplex backs, and with --backs { $backs } no back is printed on a page of its own (use long-edge or short-edge)
warn-missing-glyphs = card `{ $card }`: the font has no glyph for { $characters }; they print as boxes
warn-logo = { $message }; the deck is printed without it
warn-neighbouring-backs = the categories' flood backs have different colours and no bleed: a duplex shift shows a sliver of the neighbour's colour at the cuts (use --bleed 3, or the office back)
warnings-above = { $n ->
        [one] { $n } warning, see above
       *[other] { $n } warnings, see above
    }

## Errors the user can meet

err-clock = The start time `{ $text }` is not HH:MM on a 24-hour clock, such as 09:00 or 13:30.
io-not-found = the file or folder does not exist
io-permission-denied = permission denied (or the place is read-only)
io-storage-full = the disk is full
io-already-exists = a file of that name already exists
io-is-a-directory = it is a folder, not a file
io-other = the system said: { $error }
err-session-io = { $path }: { $reason }
err-session-newer = { $path }: this session was saved by a newer version of Innovationslek (file version { $version }; this version reads up to { $supported }). Update the program to open it. The file is left unchanged.
err-session-damaged = { $path }: the session cannot be read ({ $problem }); the file is kept unchanged.
err-session-serialize = The session could not be turned into text: { $error }
err-pdf-option = { $message }
err-pdf-overflow = The text of { $n ->
        [one] { $n } card
       *[other] { $n } cards
    } does not fit even at the smallest size: { $cards } (shorten the text or choose a larger card; without “Stop if any text does not fit” the PDF is written with a warning).
err-pdf-render = The PDF could not be made: { $error }
err-pdf-write = Could not write { $path }: { $reason }
## The summary of a dot vote and a matrix

sum-rank = Rank
sum-item = Idea
sum-dots = Dots
sum-tied = tied
sum-dots-budget = { $given } of { $budget } { $budget ->
        [one] dot
       *[other] dots
    } given ({ $people } { $people ->
        [one] person
       *[other] people
    } × { $dots })
sum-dots-given = { $given } { $given ->
        [one] dot
       *[other] dots
    } given, { $dots } per person
sum-dots-gone = Dots on ideas no longer in the list
sum-low = low
sum-high = high
sum-unplaced = Not placed
sum-placed-gone = Placed but no longer in the list
