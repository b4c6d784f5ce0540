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
own-none = No decks of your own yet: edit my-deck.deck.ron in the folder, or put a copy of a deck there.
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
captures = Fields to fill in: { $fields }
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
back-style-office-words = white with an emblem
back-style-flood-words = full colour
offset-xy = X { $x } mm, Y { $y } mm
low-ink = Low ink: outlines instead of colour areas
extras = Start sheet, legend card and credits card
offset-x = Shift backs X (mm)
offset-y = Shift backs Y (mm)
strict = Stop if any text does not fit
output-file = Save as
export-pdf = Export PDF
export-test-sheet = Export duplex calibration sheet
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
turned = The cards are rotated 90° so that more fit on a sheet.
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
# A word in a file name: letters a–z only.
summary-file-word = summary
percent-suffix = %
key-cap-space = Space
key-cap-shift = Shift
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
planned-actual = ({ $used } of { $minutes } min used)
planned-minutes = ({ $minutes } min)
still-needed = needs { $n } more min, counted in the expected end
ahead-by = { $n } min ahead of schedule
behind-by = { $n } min behind schedule
on-time = On schedule
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
print-advice = Print at 100% scale (not “Fit to page”).
session-read-only = This session is open in another Innovationslek window (process { $pid }): close it there and choose Try again, or open a copy to work on. Nothing can be changed here. If no other window has it open, delete { $lock } and choose Try again.
read-only-title = Read-only
try-again = Try again
open-copy = Open a copy
session-copy-of = A copy of the session { $id }: the original is not changed from here.

## The action plan's status and due date, follow-ups, calendar and Word

act-status = Set the status of a row in { $field }
act-due = Wrote a due date in { $field }
row-status-of = Status of row { $n } – { $field }
row-due-of = Due date, row { $n } – { $field }
status-label = Status
due-label = Due
due-hint = YYYY-MM-DD
status-none = –
status-not-started = not started
status-in-progress = in progress
status-done = done
status-stopped = stopped
carried-from = From { $id } ({ $date })
start-follow-up = Start follow-up
start-follow-up-hint = Starts { $workshop } with this session's open action plan rows
follow-up-no-workshop = No follow-up workshop (a table field with carry_over: Plan) for the language { $language }
export-ics = Save calendar (.ics)
export-docx = Save minutes (Word .docx)
saving-files = Saving the files…
err-files-interrupted = The files could not be finished because of an internal error. Try again, and please report the problem if it happens again.
no-dates = No dates for the calendar: write follow-up dates (YYYY-MM-DD) or due dates in the plan.
err-no-carry-over = The workshop `{ $workshop }` takes over no earlier plan: give one of its table fields `carry_over: Plan`.
err-follow-up-begun = The session `{ $session }` has already begun: a follow-up takes the earlier plan over only when it starts. Start a new follow-up instead.
err-docx = The Word minutes could not be made because of a fault in the program. Try again; if it happens again, save the summary as PDF or Markdown instead, and please report the fault.
docx-list-style = List line
guide-tally-note = Each participant has { $dots ->
        [one] one dot
       *[other] { $dots } dots
    }. Mark one box for each dot and write the total on the right.
guide-tally-item = Idea
guide-tally-dots = Dots
guide-tally-total = Total
guide-matrix-note = Place each idea in the cell where it belongs: more { $x } to the right, more { $y } upwards.
diag-carry-over-table = field `{ $id }`: `carry_over` needs a table field (`kind: Table(columns: [..])`), since it takes over rows of an earlier plan
diag-carry-over-twice = field `{ $id }`: `carry_over` is already on field `{ $other }`: a workshop takes the earlier plan over into one field
cli-undated = { $session }: the follow-up "{ $item }" has no date; write dates as YYYY-MM-DD to have them in the calendar
cli-no-dates = { $session }: no dates for a calendar: write follow-up dates (YYYY-MM-DD) in the follow-up list or due dates in the action plan
cli-no-sessions-folder = the system names no data folder for sessions: give one with --sessions DIR
cli-carried-over = follow-up of { $session }: { $n ->
        [one] one open action plan row
       *[other] { $n } open action plan rows
    } carried over
## Dot votes and the matrix (src/ui/choosing.rs)

act-voted = Gave a dot in { $field }
act-unvoted = Took a dot away in { $field }
act-counted = Wrote down how many vote in { $field }
act-chose-top = Chose the top items in { $field }
act-dropped-votes = Dropped dots in { $field }
act-placed = Placed an item in { $field }
act-unplaced = Removed an item from { $field }
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
matrix-hint = Drag the items to a cell, or pick one with Tab and move it with the arrow keys; Delete removes it from the matrix
matrix-unplaced = Not placed ({ $n })
matrix-gone = Placed but no longer in the list
matrix-item = { $item }: { $cell }
matrix-not-placed = not placed
matrix-cell = { $x } { $xl }, { $y } { $yl }
matrix-low = low
matrix-high = high
matrix-take-off = Remove { $item } from the matrix
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
sum-ahead = ahead of schedule
sum-behind = behind schedule
sum-on-time = on schedule
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
extra-at100 = print at 100%
extra-start-sheet = Start sheet
extra-start-back = The back of the start sheet: intentionally left blank.
extra-how-to-print = How to print
extra-print-steps-duplex1 = Two-sided, flip on the { $edge }.
extra-print-steps-duplex2 = Scale 100% (not “Fit to page”).
extra-print-steps-duplex3 = Paper { $paper }, 160–200 g/m² (heavy paper or thin card).
extra-print-steps-duplex4 = Print the sheet with the scale bar first and measure: the bar must be 50 mm.
extra-print-steps-fold1 = One-sided: fronts and backs are on the same page.
extra-print-steps-fold2 = Scale 100% (not “Fit to page”).
extra-print-steps-fold3 = Paper { $paper }, 120–160 g/m²: the sheet is folded, so it doubles.
extra-print-steps-fold4 = Fold along the dashed line, glue the halves together, then cut.
extra-print-steps-none1 = One-sided: fronts only.
extra-print-steps-none2 = Scale 100% (not “Fit to page”).
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
io-not-a-directory = part of the path is a file, not a folder
io-invalid-filename = the name is too long or has characters the system does not accept
io-file-too-large = the file is too large for the place it is saved in
io-busy = the file is in use by another program: close it and try again
io-interrupted = the system interrupted the work or ran out of time: try again
io-network = the network place does not answer: check the connection or choose a folder on this computer
io-not-empty = the folder is not empty
io-crosses-devices = it cannot be moved between two disks
io-too-many-links = the path goes through too many links
io-out-of-memory = the computer's memory is not enough: close other programs and try again
io-unsupported = the system cannot do that in this place
io-incomplete = the file could not be read or written completely: try again, or choose another place
io-other = an unexpected error in the system{ $code }
io-code = {" "}(error code { $code })
err-session-io = { $path }: { $reason }
err-session-newer = { $path }: this session was saved by a newer version of Innovationslek (file version { $version }; this version reads up to { $supported }). Update the program to open it. The file is left unchanged.
err-session-damaged = { $path }: the session cannot be read ({ $problem }); the file is kept unchanged.
err-session-serialize = The session could not be turned into text because of a fault in the program: it was not saved this time, but the last saved version is still there.
err-pdf-overflow = The text of { $n ->
        [one] { $n } card
       *[other] { $n } cards
    } does not fit even at the smallest size: { $cards } (shorten the text or choose a larger card; without “Stop if any text does not fit”, on the command line --strict, the PDF is written with a warning).
err-pdf-render = The PDF could not be made because of a fault in the program. Try again; if it happens again, please report it (with the environment variable INNOVATIONSLEK_DEBUG=1 the command line prints the technical detail).
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

## Problems in deck and workshop files (file:line:col: error: …)

diag-error = error
diag-warning = warning
diag-did-you-mean = (did you mean `{ $name }`?)
diag-none = none
diag-cannot-read = cannot read the file: { $reason }
diag-not-a-file = not an ordinary file (a folder, device, pipe or socket): not read; give the path of a `.ron` file
diag-not-utf8 = the file is not UTF-8 text: save it with the UTF-8 encoding in your editor
diag-too-large = the file is { $mib } MiB, more than the limit of 10 MiB: split it into smaller files
diag-unknown-field = unknown field `{ $field }`{ $outer }, expected one of { $expected }{ $suggestion }
diag-in-item = in `{ $name }`
diag-field-twice = field `{ $field }` is given twice{ $outer }: keep one
diag-missing-field = { $item } is missing the required field `{ $field }`
diag-item-named = `{ $name }`
diag-an-item = an item
diag-in-field = field `{ $field }`: { $problem }{ $found }
diag-value-problem = { $problem }{ $found }
diag-found = (found `{ $found }`)
diag-expected-integer = expected a whole number such as `10`
diag-expected-number = expected a number
diag-out-of-range = the number is out of range: expected a whole number of 0 or more
diag-expected-text = expected text in double quotes, such as "…"
diag-text-not-closed = a text is not closed: add the missing `"` at its end
diag-expected-boolean = expected `true` or `false`
diag-expected-list = expected a list in square brackets, such as ["a", "b"]
diag-expected-list-end = expected `,` or the closing `]` of the list
diag-expected-parenthesis = expected `(`
diag-expected-named = expected `{ $name }(…)`
diag-expected-item-end = expected `,` or the closing `)`: is a comma missing between two fields?
diag-wrong-name = expected `{ $expected }(…)` but found `{ $found }(…)`
diag-expected-comma = expected a comma `,` here: is a comma missing between two fields or items?
diag-expected-colon = expected `:` after the field name
diag-expected-field-name = expected a field name
diag-ends-early = the file ends too early: check that every `(`, `[` and `"` is closed
diag-trailing = unexpected text after the end: a file holds exactly one value
diag-unclosed-comment = a `/*` comment is not closed with `*/`
diag-unknown-value = unknown value `{ $found }`, expected one of { $expected }
diag-expected-braces = expected curly brackets {"{"} … {"}"}: our files do not use them; write `Name(field: value)` or a list `[…]`
diag-bad-name = `{ $name }` is not a valid name: a field name is letters, digits and `_`, for example `facilitator_notes`
diag-bad-escape = an invalid code after `\` in a text: write `\\` for a backslash, `\"` for a quotation mark and `\n` for a new line
diag-bad-digit = the digit `{ $digit }` does not belong in a base-{ $base } number: write the number with ordinary digits, for example `10`
diag-underscore = a number cannot start with `_` or have `_` next to its decimal point: write the digits without `_`
diag-unexpected-char = unexpected character `{ $char }` here: remove it or put the text inside double quotes
diag-no-such-extension = RON has no extension called `{ $name }`: remove the `#![enable(…)]` line or write `#![enable(implicit_some)]`
diag-bad-attribute = a line that starts with `#!` should look like this: `#![enable(implicit_some)]`; remove it if unsure
diag-nested-too-deep = the values are nested too deeply (too many brackets inside each other): check that every `(` and `[` is closed
diag-wrong-length = the wrong number of values (found { $found }): compare with the examples in the file format guide
diag-wrong-kind = the wrong kind of value here: compare with the examples in the file format guide
diag-unreadable-value = the value here cannot be read: compare with the examples in the file format guide
diag-empty-folder = this folder holds no decks or workshops (`NAME.deck.ron`, `NAME.workshop.ron`): check the path
diag-no-such-path = no such file or folder: check the path
diag-unknown-kind = unknown kind of file: name a deck `NAME.deck.ron` and a workshop `NAME.workshop.ron`
diag-deck-broken = deck `{ $deck }` has errors in { $path }: fix them first
diag-deck-not-loaded = deck `{ $deck }` is not loaded: no deck file here has `id: "{ $deck }"` (decks: { $decks })
diag-deck-id-taken = deck id `{ $id }` is also used by { $path }: give each deck its own id
diag-workshop-id-taken = workshop id `{ $id }` is also used by { $path }: give each workshop its own id
diag-internal = this file could not be read because of an internal error ({ $what }): the other files are not affected; please report the problem with the file attached
diag-not-regular = not an ordinary file (a device, pipe or socket): not read; give the path of a file or folder
diag-too-deep = folders nested deeper than { $n } levels are not read
diag-cannot-read-folder = cannot read the folder: { $reason }
diag-link-to-folder = a link to a folder: not followed; open the folder it points to instead
diag-link-to-nothing = a link to nothing: not read; remove it or point it at a file
check-summary = checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $decks ->
        [one] { $decks } deck
       *[other] { $decks } decks
    } ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }), { $workshops ->
        [one] { $workshops } workshop
       *[other] { $workshops } workshops
    }, { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }
diag-svg-logo = SVG pictures are not supported as logos: save the logo as a PNG file (at most 2048 pixels a side, 2 MiB) in the deck's folder and name that file, such as "logo.png"
diag-id-rule = { $what } id `{ $id }` is not valid: use lowercase letters a–z, digits and `-` (for example `my-id`)
diag-id-of-deck = deck
diag-id-of-category = category
diag-id-of-card = card
diag-id-of-workshop = workshop
diag-id-of-step = step
diag-id-of-field = field
diag-deck-id-rule = { $rule } (at most { $n } characters)
diag-color-rule = { $place }: color `{ $color }` is not a colour: write `#RRGGBB`, for example "#1B4965"
diag-language-rule = language `{ $tag }` is not a language tag: use a BCP 47 tag such as "sv", "en" or "sv-FI"
diag-place-category = category `{ $id }`
diag-place-category-back = category `{ $id }`: `back`
diag-place-back = `back`
diag-deck-title-empty = the deck's `title` is empty: give the deck a title
diag-back-title-empty = { $place }: the title is empty: give the back a title
diag-no-categories = the deck has no categories: add at least one `Category(…)`
diag-category-id-twice = category id `{ $id }` is used twice (first on line { $line }): give each category its own id
diag-category-name-empty = category `{ $id }`: `name` is empty
diag-symbol-length = category `{ $id }`: symbol `{ $symbol }` has { $n ->
        [one] { $n } character
       *[other] { $n } characters
    }: use 1 to { $max }, or leave `symbol` out
diag-no-cards = the deck has no cards: add at least one `Card(…)`
diag-card-id-twice = card id `{ $id }` is used twice (first on line { $line }): give each card its own id
diag-card-category = card `{ $id }`: category `{ $category }` does not exist (categories: { $categories }){ $suggestion }
diag-card-title-empty = card `{ $id }`: `title` is empty
diag-card-title-long = card `{ $id }`: the title has { $n } characters, at most { $max } are allowed
diag-card-text-empty = card `{ $id }`: `text` is empty: explain the card in a few sentences
diag-prompt-empty = card `{ $id }`: prompt { $n } is empty: remove it or write the question
diag-card-minutes = card `{ $id }`: minutes is { $minutes }, expected 1 to 600
diag-card-copies = card `{ $id }`: copies is { $copies }, expected 1 to 100
diag-category-unused = category `{ $id }` has no cards
diag-same-grey = categories `{ $a }` and `{ $b }` print as nearly the same grey in black and white (luma { $luma-a } and { $luma-b } of 255): make one lighter or darker so that they differ by at least { $min }
diag-unknown-icon = { $place }: icon `{ $icon }` is not in the bundled icon set{ $suggestion }: use a name such as `lightbulb` or `magnifying-glass` (the list is in docs/formats.md), or leave `icon` out
diag-logo-svg = { $place }: logo `{ $logo }`: { $why }
diag-logo-path = { $place }: logo `{ $logo }` is not a PNG file in the deck's folder: write a file name such as "logo.png" next to the deck file (or in a folder below it)
diag-workshop-title-empty = the workshop's `title` is empty: give it a title
diag-not-a-deck-id = `deck`: `{ $deck }` is not a deck id: use the `id` of a deck, such as "innovationslek"
diag-role-name-empty = role { $n } has an empty `name`
diag-preparation-empty = preparation item { $n } is empty: remove it or write it
diag-no-steps = the workshop has no steps: add at least one `Step(…)`
diag-step-id-twice = step id `{ $id }` is used twice (first on line { $line }): give each step its own id
diag-step-title-empty = step `{ $id }`: `title` is empty
diag-step-minutes = step `{ $id }`: minutes is { $minutes }, expected 1 to 600
diag-instructions-empty = step `{ $id }`: `instructions` is empty: tell the group what to do
diag-draw-without-deck = step `{ $id }` has `draw` but the workshop names no deck: add `deck: "…"` to the workshop
diag-draw-zero = step `{ $id }`: draw.count is 0, expected 1 or more
diag-draw-category-id = step `{ $id }`: draw category `{ $category }` is not a category id
diag-break-draws = step `{ $id }` is a break (`pause: true`) but has `draw`: a break has no card draws; remove `draw`, or `pause` if it is not a break
diag-break-fields = step `{ $id }` is a break (`pause: true`) but has `capture`: a break has no fields; move the fields to a working step, or remove `pause`
diag-field-id-twice = field id `{ $id }` is used twice (also in step `{ $step }`): field ids must be unique in the whole workshop
diag-label-empty = field `{ $id }`: `label` is empty
diag-no-columns = field `{ $id }`: a table needs at least one column
diag-column-empty = field `{ $id }`: a column name is empty
diag-column-twice = field `{ $id }`: column `{ $column }` appears twice: column names must be unique
diag-dots = field `{ $id }`: dots is { $dots }, expected 1 to 100 dots per person
diag-a-list-field = a `List` field
diag-a-list-or-votes-field = a `List` or `Votes` field
diag-matrix-axes = field `{ $id }`: the matrix needs names for both axes, `x` and `y` (such as "Effort" and "Impact")
diag-of-wrong-kind = field `{ $id }`: `of: "{ $of }"` names a field that is not { $what }
diag-of-missing = field `{ $id }`: `of: "{ $of }"` names no field before this one: name { $what } of this step or an earlier one
diag-show-twice = step `{ $id }`: `show` names `{ $shown }` twice: list each field once
diag-show-own = step `{ $id }`: `show` names `{ $shown }`, a field of this step: list only fields of earlier steps (this step's own fields are shown anyway)
diag-show-later = step `{ $id }`: `show` names `{ $shown }`, a field of the later step `{ $later }`: a step can show only fields of steps before it
diag-show-no-fields = step `{ $id }`: `show` names `{ $shown }`, but no earlier step has fields: remove `show`
diag-show-unknown = step `{ $id }`: `show` names `{ $shown }`, which is not a field of an earlier step (fields: { $fields }){ $suggestion }
diag-draw-category-missing = step `{ $id }`: draw category `{ $category }` does not exist in deck `{ $deck }` (categories: { $categories }){ $suggestion }
diag-pool-deck = deck `{ $deck }` has { $available ->
        [one] { $available } card
       *[other] { $available } cards
    }
diag-pool-category = category `{ $category }` has { $available ->
        [one] { $available } card
       *[other] { $available } cards
    }
diag-pool-categories = categories { $categories } have { $available ->
        [one] { $available } card
       *[other] { $available } cards
    }
diag-draw-too-many = step `{ $id }`: draw.count is { $count } but { $pool }
diag-draw-too-long = step `{ $id }` has { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } but { $count ->
        [one] the card it draws
       *[other] the { $count } cards it draws
    } can take { $total } minutes ({ $cards }): give the step more minutes, draw fewer cards or shorten those cards
diag-instructions-long = step `{ $id }`: the instructions have { $words } words, more than the { $max } the room can read on the projector: keep them short and put the detail in `facilitator_notes`

## Print options and the deck's logo

logo-cannot-use = logo `{ $name }`: { $why }
logo-not-in-folder = not a PNG file in the deck's folder: write a file name such as "logo.png" next to the deck file
logo-folder-unreadable = the deck's folder cannot be read: { $reason }
logo-no-such-file = there is no such file in the deck's folder ({ $folder })
logo-outside = the file lies outside the deck's folder (a link?): copy it into the folder
logo-unreadable = cannot be read: { $reason }
logo-too-large = the file is { $kib } KiB, more than { $max } KiB: save it smaller (a logo needs at most { $pixels } pixels a side)
logo-not-png = is not a PNG picture or is damaged: save the picture as PNG again in a picture program
logo-pixels = is { $width }×{ $height } pixels: use at most { $max } pixels a side
logo-too-large-to-decode = is too large to decode
logo-layout = has an unexpected pixel layout
opt-card-too-large = a { $card } card{ $bleed } does not fit on { $paper } paper{ $fold }: the room for cards is { $width }×{ $height } mm after the { $margin } mm margin{ $marks }; choose a smaller card or a larger paper
opt-with-bleed = with { $mm } mm bleed
card-size-named = { $name ->
        [a7] A7
       *[other] { $name }
    } ({ $width }×{ $height } mm)
card-size-mm = { $width }×{ $height } mm
opt-half-sheet = (half a sheet in fold mode)
opt-and-crop-marks = and crop marks
opt-card-range = card size { $width }×{ $height } mm is out of range: each side must be { $min }–{ $max } mm
opt-bleed-range = bleed { $bleed } mm is out of range: use 0–{ $max } mm (3 mm is usual)
opt-offset-range = the offset { $offset } is out of range: each value must be within ±{ $max } mm
opt-unknown-paper = unknown paper `{ $text }`: use a4, a3 or letter
opt-unknown-card = unknown card size `{ $text }`: use { $names }, or WxH in mm such as 60x90
opt-unknown-backs = unknown backs mode `{ $text }`: use long-edge, short-edge, fold or none
opt-unknown-back-style = unknown back style `{ $text }`: use office (white with an emblem, light on ink) or flood (colour over the whole back, for print shops)
opt-unknown-ink = unknown ink mode `{ $text }`: use full (colour bands) or low (outlines only)
opt-offset-syntax = offset `{ $text }` is not X,Y in mm: write for example 1.5,-0.5
opt-bleed-syntax = bleed `{ $text }` is not a number of mm (0–{ $max })

## Draws on the command line, and where a card is

draw-zero-count = a draw needs at least one card
draw-unknown-category = the deck has no category `{ $id }` (categories: { $known })
draw-not-enough = cannot draw { $requested }: { $available } left { $from }{ $discarded ->
        [0] ; draw fewer
       *[other] ; reshuffle to put { $discarded } discarded back, or draw fewer
    }
draw-in-deck = in the deck
draw-in-category = in category `{ $category }`
draw-in-categories = in categories { $categories }
draw-unknown-card = the deck has no card `{ $id }`
draw-wrong-place = card `{ $id }` is { $place }, not drawn
draw-nothing-to-undo = nothing to undo: no cards have been drawn
place-pile = in the pile
place-table = on the table
place-kept = kept
place-discard = in the discard pile

## The command line's own lines

cli-wrote-test-sheet = wrote { $path }: duplex calibration sheet, 2 pages, { $paper } paper, backs: { $backs }, offset { $offset }
cli-test-sheet-advice = print it duplex at 100%, hold it to the light with page 2 facing you, and pass the numbers you read as --offset X,Y
cli-wrote-deck = wrote { $path }: { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } on { $sheets ->
        [one] { $sheets } sheet
       *[other] { $sheets } sheets
    } ({ $backs }), { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }{ $extras }, { $per-sheet } per sheet{ $turned }, { $card } on { $paper }{ $style }, { $size }
cli-with-extras = with the start sheet, legend card and credits card
cli-back-style = , back style: { $style }
cli-cards-turned = (cards turned)
cli-backs-long-edge = duplex, flip on the long edge
cli-backs-short-edge = duplex, flip on the short edge
cli-backs-fold = fronts and backs on one side, fold
cli-backs-none = fronts only
cli-wrote-guide = wrote { $path }: facilitator guide, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $minutes } min from { $start }, { $size }
cli-seed = seed { $seed } (draw the same cards again with --seed { $seed })
cli-nothing-written = nothing was written
cli-not-a-deck-file = { $path }: not a deck file (a deck is named NAME.deck.ron)
cli-not-a-workshop-file = { $path }: not a workshop file (a workshop is named NAME.workshop.ron)
cli-no-such-deck = no deck with id `{ $id }` and no such file under { $decks } (decks: { $known })
cli-no-such-workshop = no workshop with id `{ $id }` and no such file under { $decks } (workshops: { $known })
cli-draw-failed = deck `{ $deck }`: { $error }
cli-name-a-deck = name a deck (a file or an id under { $decks }), or use --test-sheet
cli-workshop-missing = { $session }: the session's workshop `{ $workshop }` is not under { $decks } (workshops: { $known }); give the folder that holds it with --decks
cli-cannot-write = could not write { $path }: { $reason }
cli-deck-missing-note = the deck `{ $deck }` is not under { $decks }; categories are shown by id

## Files this program refuses to write

io-not-a-target = { $path } is { $what }, not an ordinary file: nothing was written; give the path of a new or ordinary file
io-what-link = a link
io-what-folder = a folder
io-what-device = a device, pipe or socket
io-not-plain-name = `{ $name }` is not a plain file name: nothing was written

## What is wrong with a session file

dmg-at = at line { $line }, column { $column }: { $problem }
dmg-cannot-read = it cannot be read: { $reason }
dmg-not-utf8 = it is not UTF-8 text
dmg-not-regular = it is not an ordinary file (a folder, device, pipe or socket)
dmg-too-large = it is larger than the limit of { $mib } MiB for a session file
dmg-missing = missing
dmg-newer = saved by a newer version of Innovationslek (file version { $version }; this version reads up to { $supported })
dmg-both = the file: { $file }; its backup { $bak }: { $backup }
dmg-year = { $what } is in the year { $year }, outside { $first }–{ $last }
dmg-planned-start = the planned start
dmg-planned-out-of-range = the planned start is out of range
dmg-date-time = expected a date and time as the program writes them, such as "2026-12-03T14:45:00Z"
dmg-no-such-date = the date or time does not exist (a month 1–12, a day of the month, a time 00:00–23:59)
dmg-created = `created`
dmg-updated = `updated`
dmg-finished = `finished`
dmg-time-box = step `{ $step }` has a time box of { $minutes } minutes, more than a day
dmg-run-of = a run of step `{ $step }`
dmg-added-time-of = added time of step `{ $step }`
dmg-extra = step `{ $step }` has { $minutes } minutes added or removed, more than a day
dmg-end-of = the end of step `{ $step }`
dmg-draw = a draw
dmg-loaded-backup-damaged = { $path } is damaged ({ $problem }); loaded the previous save from { $bak }. Changes after that save are lost.
dmg-loaded-backup-missing = { $path } is missing; loaded the previous save from { $bak }. Changes after that save are lost.
dmg-kept-as = The damaged file is kept as { $path }.

## The action plan's words (summaries, protocol, calendar) and due dates.
plan-status = Status
plan-due = Due
plan-not-started = not started
plan-in-progress = in progress
plan-done = done
plan-stopped = stopped
plan-follow-up-of = Follow-up of
plan-progress = How the plan went
plan-before = Before
plan-after = Now
plan-row = Task
plan-learned = Learned
plan-not-in-follow-up = removed in the follow-up
plan-follow-up-event = Follow-up
plan-due-event = Due
due-not-a-date = `{ $text }` is not a date: write it as YYYY-MM-DD, for example 2026-12-15
due-no-such-day = `{ $text }` is not a real date: check the month and the day (YYYY-MM-DD)
due-year = `{ $text }` is outside the years { $first }–{ $last }

## The PDF summary's own headings.
rep-key = The main points
rep-chosen-ideas = Chosen ideas
rep-follow-up = Next follow-up
rep-chart = Planned and actual time
rep-about = About the session

## The duplex calibration sheet (in the user's language)
cal-title = Duplex calibration
cal-step-print = 1. Print both pages duplex at 100% (actual size), flip on the { $edge ->
        [short] short
       *[long] long
    } edge.
cal-step-ruler = 2. Measure the ruler below: it must be exactly 100 mm; if not, the printer scaled the page.
cal-step-read = 3. Hold the sheet to the light with page 2 facing you; read X and Y where the front's crosshairs cross the scales.
cal-step-export = 4. Enter the numbers you read as the offset: in the app under Shift backs X and Y (mm), on the command line as --offset X,Y (for example --offset 1.5,-0.5). This sheet was printed with the offset { $offset } and the backs { $mode }; if the offset was not zero, add the reading to it.
cal-front = Page 1 (front)
cal-back = Page 2 (back): read X and Y here
cal-subject = { $paper } paper, { $mode }

## Background work: exports, loads, the system's opener, the window
export-stopped = the export stopped unexpectedly (a fault in the program; try again)
preview-no-cards = The deck has no cards to show.
library-load-stopped = The library could not be read (a fault in the program); press Reload.
session-list-stopped = The saved sessions could not be listed (a fault in the program); the list shows what was read last.
watch-too-many = the system's limit on how many folders can be watched has been reached
opener-not-started = { $program }: could not be started: { $reason }
opener-failed = { $program }: exit code { $code }
opener-stopped = { $program }: stopped by a signal
no-window = Cannot open the window: no graphical display was found, or the graphics do not support OpenGL. The command line works anyway (innovationslek --help); with the environment variable INNOVATIONSLEK_DEBUG=1 the technical detail is printed.
session-no-free-name = there is no free name for the session in the folder
big-card = { $title } (large)
projector-blank = The projector is blanked

## The projected charts, as screen readers say them
chart-bar = bar { $item }: { $dots } { $rank }
chart-cell = cell { $name }: { $items }

## The command line's help (--help) and usage errors
cli-about = Innovationslek: card decks and Kirunamodellen workshops, offline.
cli-about-check = Validate deck and workshop files or folders; exit 1 on any error
cli-about-export = Export a deck as a print-ready PDF
cli-about-draw = Draw cards from a deck
cli-about-guide = Export a facilitator guide for a workshop as PDF
cli-about-summary = Export the summary of a session file
cli-about-session = Sessions: start one, for example a follow-up from an earlier session
cli-about-start = Start a session of a workshop and save it in the sessions folder; prints its file
cli-about-help = Print this message or the help of the given subcommand(s)
cli-arg-decks = Folder with decks and workshops [default: decks]
cli-arg-lang = Language of the messages: sv or en [default: Swedish when the system's language (LC_ALL, LC_MESSAGES, LANG or the system setting) is Swedish, else English]
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-help-subcommand = Print help for the subcommand(s)
cli-arg-check-paths = Files or folders to check [default: decks]
cli-arg-deck = A deck file, or the id of a deck under the decks folder
cli-arg-workshop = A workshop file, or the id of a workshop under the decks folder
cli-arg-export-output = Output file [default: exports/DECK-ID.pdf]
cli-arg-guide-output = Output file [default: exports/WORKSHOP-ID-guide.pdf]
cli-arg-summary-output = Output file [default: exports/SESSION-summary.md, .pdf, .ics or .docx; -sammanfattning for a Swedish session]
cli-arg-paper = Paper size: a4, a3 or letter
cli-arg-card = Card size: poker, bridge, tarot, mini, square, a7 or WxH in mm (e.g. 60x90)
cli-arg-bleed = Bleed around each card in mm (0–5); colour areas reach past the cut
cli-arg-backs = Backs: long-edge, short-edge, fold or none
cli-arg-no-crop-marks = Leave out the crop marks
cli-arg-offset = Shift of the backs in mm to correct a printer, as X,Y (e.g. 1.5,-0.5)
cli-arg-strict = Treat cards whose text does not fit as errors (and write nothing)
cli-arg-back-style = Backs: office (white with an emblem, light on ink) or flood (colour over the whole back, for print shops) [default: the deck's `back.style`, else office]
cli-arg-ink = Ink: full (colour bands) or low (outlines instead of colour areas)
cli-arg-no-extras = Leave out the start sheet, the legend card and the credits card
cli-arg-test-sheet = Write a two-page duplex calibration sheet instead of a deck [default output: exports/duplex-test-sheet.pdf]
cli-arg-categories = Draw only from this category (repeat for several)
cli-arg-count = How many cards to draw
cli-arg-draw-seed = Seed for the draw; the same seed gives the same cards
cli-arg-guide-start = Start time for the agenda's clock times
cli-arg-session-file = A saved session file
cli-arg-format = Output format: md (Markdown), pdf, ics (iCalendar: the follow-up dates and the plan's due dates as all-day events) or docx (Word protocol)
cli-arg-from = An earlier session file: the follow-up takes over its open action plan rows
cli-arg-start-start = Planned start today [default: the next quarter hour]
cli-arg-start-seed = Seed for the session's draws [default: made from the clock]
cli-arg-sessions = Folder to save the session in [default: your own sessions folder]
cli-usage = Usage:
cli-commands = Commands:
cli-arguments = Arguments:
cli-options = Options:
cli-value-options = OPTIONS
cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-lang = LANG
cli-value-file = FILE
cli-value-paper = PAPER
cli-value-size = SIZE
cli-value-mode = MODE
cli-value-style = STYLE
cli-value-ink = INK
cli-value-session-file = SESSION_FILE
cli-value-paths = PATHS
cli-value-deck = DECK
cli-default = [default: { $value }]
cli-possible = [possible values: { $values }]
cli-exit-codes = Exit codes: 0 success; 1 a problem in the input (a file with errors, an unknown id, a session that cannot be read, cards that do not fit with --strict, an output that is a folder, a device, a pipe or a link); 2 a usage error (an unknown option, or a value such as --paper or --start that cannot be used); 3 a file could not be written (permission, a full disk); 4 a fault in the program (please report it).
cli-err-unknown-argument = unexpected argument '{ $arg }' found
cli-err-unknown-command = unrecognized subcommand '{ $command }'
cli-err-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-err-missing = the following required arguments were not provided: { $args }
cli-err-missing-command = a subcommand is required
cli-err-conflict = the argument '{ $arg }' cannot be used with { $other }
cli-err-twice = the argument '{ $arg }' is given twice: give it once
cli-err-value-count = wrong number of values for '{ $arg }'
cli-err-no-equals = '{ $arg }' needs its value after an equals sign
cli-err-other = the command line could not be read
cli-err-did-you-mean = tip: a similar one exists: '{ $value }'
cli-err-trailing = tip: to pass '{ $value }' as a value, use '-- { $value }'
cli-err-more-help = For more information, try '--help'.
