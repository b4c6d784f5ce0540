# Innovationsleks ord på svenska: allt som användaren läser.
# Nycklarna är desamma som i ../en/innovationslek.ftl; ett test kontrollerar det.

## Gränssnittet

app-title = Innovationslek
library = Bibliotek
settings = Inställningar
back = Tillbaka
decks = Kortlekar
workshops = Workshoppar
broken-files = Filer med fel
warnings = Varningar
no-decks = Inga kortlekar hittades.
no-workshops = Inga workshoppar hittades.
nothing-selected = Välj en kortlek, en workshop eller en fil i listan till vänster.
folder = Mapp
folder-path = Sökväg till mapp
open-folder = Öppna mapp
folder-missing = Mappen { $path } finns inte. Välj en annan mapp nedan.
not-a-folder = { $path } är inte en mapp.
empty-path = Skriv sökvägen till en mapp.
reload = Läs in igen
added = Tillagda filer och mappar
drop-hint = Släpp .ron-filer eller mappar här för att lägga till dem.
dropped-ignored = Ignorerades (inte .ron eller mapp): { $path }
reloaded = Inläst { $time }: { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    }, { $errors } fel.
watching = Filerna läses in automatiskt när de ändras.
watch-failed = Kan inte bevaka ändringar: { $error }
home = Start
home-run-workshop = Kör en workshop
home-run-hint = Välj en workshop: nästa sida visar agendan och knappen Starta.
continue-title = Fortsätt där ni slutade
continue-button = Fortsätt
continue-named = Fortsätt { $workshop }
continue-when = Senast ändrad { $time }
continue-step = Steg { $n } av { $total }: { $step }
open-workshop-named = Öppna workshoppen { $workshop }
home-print = Skriv ut en kortlek
print-named = Skriv ut { $deck }…
browse-named = Bläddra i { $deck }
own-decks = Mina egna kortlekar
own-folder-is = Din mapp: { $path }
own-counts = { $decks ->
        [one] { $decks } egen kortlek
       *[other] { $decks } egna kortlekar
    } och { $workshops ->
        [one] { $workshops } egen workshop
       *[other] { $workshops } egna workshoppar
    }.
own-none = Inga egna kortlekar än: ändra i min-kortlek.deck.ron i mappen, eller lägg en kopia av en kortlek där.
open-own-folder = Öppna mappen
choose-folder = Välj en annan mapp…
folder-created = Din mapp skapades nu, med en LÄS MIG-fil och en kortlek att ändra i.
folder-create-failed = Kunde inte skapa din mapp: { $error }
no-problems = Inga fel i dina filer.
problems-found = Fel eller varningar i { $n ->
        [one] { $n } fil
       *[other] { $n } filer
    }:
advanced = Avancerat
bundled = Inbyggd
own-file = Egen
to-library = Hela biblioteket
show-other-languages = Visa även workshoppar och kortlekar på { $language } ({ $n })
in-swedish = svenska
in-english = engelska
in-other-languages = andra språk
loading = Läser in kortlekar och workshoppar…
sessions-loading = Läser in sparade sessioner…
dialog-unavailable = Ingen fil- eller mappväljare kunde öppnas (systemet har ingen skrivbordsportal). Skriv sökvägen i fältet i stället.
open-failed = Kunde inte öppna { $path }: inget program för det hittades ({ $error }). Öppna den själv; sökvägen kan kopieras här:
copy-path = Kopiera sökvägen
open-pdf = Öppna PDF
choose-save-as = Välj…
exports-go-to = Det du sparar hamnar i { $path }
cards = { $n } kort
categories = Kategorier
language = Språk
version = Version
license = Licens
credits = Upphov
browse-cards = Bläddra bland korten
minutes = { $n } min
steps = { $n } steg
uses-deck = Kortlek: { $deck }
no-deck = Ingen kortlek
roles = Roller
preparation = Förberedelser
agenda = Agenda
draws-cards = Drar { $n } kort ur: { $from }
whole-deck = hela leken
captures = Fält att fylla i: { $fields }
facilitator-notes = Anteckningar för facilitatorn
errors = { $n } fel
no-line = (ingen rad angiven)
file-unreadable = Filens text kunde inte läsas.
search = Sök
search-hint = Sök i titel, text och frågor
clear-search = Rensa sökningen
all-categories = Alla kategorier
showing = Visar { $shown } av { $total } kort
no-matches = Inga kort matchar.
previous = Föregående
next = Nästa
prompts = Frågor
suggested-time = Föreslagen tid: { $n } min
copies-count = { $n } exemplar vid utskrift
deck-missing = Kortleken { $id } finns inte längre i biblioteket.
theme = Tema
theme-light = Ljust
theme-dark = Mörkt
theme-high-contrast = Hög kontrast
text-size = Textstorlek
interface-language = Gränssnittets språk
settings-saved = Inställningarna sparas automatiskt.
keyboard = Tangentbord
keyboard-help = Tabb flyttar mellan kontroller, Enter eller mellanslag väljer, Esc stänger ett öppet kort. Ctrl + och Ctrl − ändrar textstorleken.
print = Skriv ut…
print-title = Skriv ut: { $deck }
paper = Papper
card-size = Kortstorlek
custom-size = Egen storlek
width-mm = Bredd (mm)
height-mm = Höjd (mm)
bleed = Utfall (mm)
backs = Baksidor
backs-long-edge = Dubbelsidigt, vänd längs långsidan
backs-short-edge = Dubbelsidigt, vänd längs kortsidan
backs-fold = Vik: fram- och baksidor bredvid varandra
backs-none = Inga baksidor
crop-marks = Skärmärken
back-style = Baksidans stil
back-style-deck = Som lekfilen säger ({ $style })
back-style-office = Kontor: vit med emblem (lite bläck, tål förskjutning)
back-style-flood = Helfärg: färg över hela baksidan (tryckeri)
back-style-office-words = vit med emblem
back-style-flood-words = helfärg
offset-xy = X { $x } mm, Y { $y } mm
low-ink = Lite bläck: konturer i stället för färgfält
extras = Startblad, förklaringskort och kort om leken
offset-x = Flytta baksidor X (mm)
offset-y = Flytta baksidor Y (mm)
strict = Avbryt om någon text inte får plats
output-file = Spara som
export-pdf = Exportera PDF
export-test-sheet = Exportera kalibreringsark för dubbelsidig utskrift
per-sheet = { $n } kort per ark
pages-info = { $cards } kort på { $sheets } ark, { $pages ->
        [one] { $pages } sida
       *[other] { $pages } sidor
    } i PDF:en
turned = Korten vrids ett kvarts varv så att fler får plats.
logo-problem = Leken skrivs ut utan sin logotyp: { $error }
preview-front = Första arket, framsida
preview-back = Första arket, baksida
overflow = Texten får inte plats på de här korten (den kortas med …):
all-fits = All text får plats.
exporting = Exporterar { $what } till { $path }
stage-rendering = Gör PDF:en…
stage-writing = Skriver filen…
exported = Sparad: { $path } ({ $pages ->
        [one] { $pages } sida
       *[other] { $pages } sidor
    }, { $size } kB)
export-failed = Exporten misslyckades: { $error }
show-in-file-manager = Visa i mappen
reveal-failed = Kunde inte öppna mappen: { $error }
guide = Facilitatorguide
export-guide = Exportera guide (PDF)
start-time = Starttid
bad-seed = Fröet `{ $seed }` är inget heltal (0–18446744073709551615).
no-such-workshop = Workshoppen `{ $id }` finns inte i biblioteket.
no-data-folder = Systemet anger ingen datamapp; sessioner kan inte sparas.
no-session = Ingen session är öppen.
projector-title = Innovationslek – projektor
save-failed = Kunde inte spara sessionen: { $error }
shortcuts-title = Kortkommandon
# A word in a file name: letters a–z only.
summary-file-word = sammanfattning
percent-suffix = {" "}%
key-cap-space = Mellanslag
key-cap-shift = Skift
shortcut-start-pause = Starta / pausa tiden
shortcut-next = Nästa steg
shortcut-previous = Föregående steg
shortcut-plus-one = En minut till
shortcut-plus-five = Fem minuter till
shortcut-minus-one = En minut mindre
shortcut-draw = Dra kort
shortcut-keep = Behåll första kortet på bordet
shortcut-discard = Lägg första kortet på bordet i slänghögen
shortcut-undo = Ångra senaste åtgärden (dragning, steg, tid, text …)
shortcut-redo = Gör om det som ångrades
shortcut-reshuffle = Blanda tillbaka slänghögen
shortcut-projector = Öppna / stäng projektorfönstret
shortcut-fullscreen = Helskärm för rummet (projektorfönstret, annars detta fönster)
shortcut-help = Visa / dölj kortkommandon
shortcut-escape = Stäng hjälpen eller lämna helskärm
shortcut-blank = Svart skärm för rummet / visa igen
shortcut-rail = Visa / dölj agendan
undo = Ångra
redo = Gör om
undo-what = Ångra: { $what } (Ctrl+Z)
redo-what = Gör om: { $what } (Ctrl+Shift+Z)
nothing-to-undo = Inget att ångra
nothing-to-redo = Inget att göra om
toast-done = { $what } · Ctrl+Z ångrar
toast-undid = Ångrade: { $what } · Ctrl+Shift+Z gör om
toast-redid = Gjorde om: { $what } · Ctrl+Z ångrar
act-started = Startade tiden
act-paused = Pausade tiden
act-added-minutes = La till { $n } min
act-removed-minutes = Tog bort { $n } min
act-went-to = Gick till steg { $n }: { $title }
act-skipped = Hoppade över steg { $n }: { $title }
act-completed = Steg { $n } är klart: { $title }
act-finished = Avslutade workshoppen
act-reopened = Öppnade workshoppen igen
act-drew = Drog { $n } kort
act-kept = Behöll { $card }
act-discarded = Slängde { $card }
act-cleared = Rensade bordet ({ $n } kort till slänghögen)
act-reshuffled = Blandade tillbaka { $n } kort
act-text = Skrev i { $field }
act-added-item = La till en rad i { $field }
act-edited-item = Ändrade en rad i { $field }
act-removed-item = Tog bort en rad i { $field }
act-moved-item = Flyttade en rad i { $field }
act-chose = Markerade en rad som vald i { $field }
act-unchose = Tog bort markeringen i { $field }
act-added-row = La till en tabellrad i { $field }
act-removed-row = Tog bort en tabellrad i { $field }
act-moved-row = Flyttade en tabellrad i { $field }
act-edited-cell = Skrev i en cell i { $field }
act-assigned-role = Skrev in vem som har rollen { $role }
clear-table = Rensa bordet
clear-table-hint = Lägger korten som ligger kvar på bordet i slänghögen; de behållna stannar (Ctrl+Z ångrar)
complete-step = Klar
complete-step-hint = Markera steget som klart utan att gå vidare
step-is-done = Klart
reopen-session = Öppna workshoppen igen
reopen-hint = Workshoppen fortsätter där den slutade; sammanfattningen uppdateras
state-not-started = inte startat
state-running = pågår
state-paused = pausat
state-visited = påbörjat, inte klart
state-done = klart
state-skipped = överhoppat
planned-was = planerat { $time }
note-workshop-changed = Workshoppen `{ $workshop }` har ändrats sedan sessionen sparades; den nuvarande filen används.
note-steps-missing = Steg som inte längre finns i workshoppen (deras tider finns kvar i filen): { $ids }
note-fields-missing = Fält som inte längre finns i workshoppen (det som skrevs finns kvar och kommer med i sammanfattningen): { $ids }
note-from-backup = Sessionsfilen { $path } var skadad eller saknades; den förra sparningen lästes in. Ändringar efter den sparningen saknas.
err-last-step = Det här är sista steget: avsluta workshoppen i stället.
err-first-step = Det här är första steget.
err-no-such-step = Steg { $n } finns inte (workshoppen har { $len } steg).
err-no-deck = Workshoppen har ingen kortlek att dra ur.
err-finished = Workshoppen är avslutad. Öppna den igen för att ändra något.
err-break = Det här steget är en paus: inga kort dras.
err-unknown-field = Workshoppen har inget fält `{ $field }`.
err-changed-kind = Fältet `{ $field }` har bytt sort i workshoppen; det som sparats lämnas orört.
err-capture-range = Fältet `{ $field }` kunde inte ändras: rad { $n } finns inte (det finns { $len }).
err-capture-kind = Fältet `{ $field }` är av en annan sort än ändringen.
err-zero-count = En dragning behöver minst ett kort.
err-unknown-category = Kortleken har ingen kategori `{ $id }` (kategorierna är: { $known }).
err-not-enough = Det går inte att dra { $requested } kort: bara { $available } kvar. Blanda tillbaka slänghögen (R) eller dra ur hela leken.
err-unknown-card = Kortleken har inget kort `{ $id }`.
err-wrong-place = Kortet `{ $id }` ligger inte där ändringen väntar sig (det är { $place }).
roles-before-the-day = Skriv gärna in vem som har rollerna redan före dagen; det sparas och följer med när workshoppen startar.
who-has-role-named = Vem har rollen { $role }?
prepared-count = { $done } av { $total } klara (sparas till dagen)
shortcuts-resting = Du skriver utan att ett fält är valt: kortkommandona väntar tills du slutat skriva (Esc). Klicka i fältet du vill skriva i.
not-started = Inte startad
paused = Paus
running = Pågår
minutes-left = { $n } min kvar
next-up = Nästa: { $step } · { $time }
break-until = Paus till { $time }
step-window = { $from }–{ $to } · klockan { $now }
budget = Steget har { $n } min
blank-screen = Svart skärm
show-screen = Visa skärmen
finish-question = Avsluta workshoppen?
finish-explained = Tiden stannar och sammanfattningen visas. Allt som skrivits är sparat.
finish-session-ask = Avsluta workshoppen…
session-running = { $workshop } pågår
start-another-explained = Vill du fortsätta { $workshop } eller starta { $new }? Den pågående sessionen är sparad och kan fortsättas senare från biblioteket.
continue-running = Fortsätt { $workshop }
start-another = Starta { $workshop }
cancel = Avbryt
keep-working = Fortsätt arbeta
from-earlier-steps = Från tidigare steg
no-cards-yet = Inga kort dragna i det här steget än.
earlier-cards = Tidigare kort ({ $n })
discarded-card = Slängt: { $card }
show-on-projector = Visa på projektorn
hide-from-projector = Dölj på projektorn
row-n = Rad { $n }
row-up = Flytta rad { $n } upp
row-down = Flytta rad { $n } ner
remove-row-n = Ta bort rad { $n }
close = Stäng
seed-is = Frö: { $seed }
planned-actual = ({ $used } av { $minutes } min använda)
planned-minutes = ({ $minutes } min)
still-needed = behöver { $n } min till, räknat i väntat slut
ahead-by = { $n } min före tidsplanen
behind-by = { $n } min efter tidsplanen
on-time = Enligt tidsplanen
end-times = Planerat slut { $planned } · väntat slut { $expected }
finish-session = Avsluta workshoppen
time-up = Tiden är ute!
pause = Pausa
start-timer = Starta tiden
previous-step = Föregående
next-step = Nästa
open-projector = Öppna projektorfönster
close-projector = Stäng projektorfönster
fullscreen = Helskärm
cards-heading = Kort
draw-n = Dra { $n } kort ({ $from })
draw-from-deck = Dra 1 ur hela leken
reshuffle = Blanda tillbaka
pile-info = { $left } kvar i högen · { $discarded } slängda · frö { $seed }
kept = Behållet
keep-card = Behåll { $card }
discard-card = Släng { $card }
chosen = Vald
remove = Ta bort
new-item = Ny rad…
new-item-for = Ny rad i { $field }
add-to = Lägg till i { $field }
remove-row = Ta bort raden
add-row = Lägg till rad
add-row-to = Lägg till rad i { $field }
session-finished = { $workshop } är avslutad
totals-line = Planerat { $planned } min · faktiskt { $actual } min · { $cards } kort dragna · { $actions ->
        [one] { $actions } åtgärd
       *[other] { $actions } åtgärder
    }
planned-vs-actual = Planerad och faktisk tid per steg
export-summary = Spara sammanfattning (Markdown och PDF)
saved-file = Sparad: { $path }
chart-row = { $step }: planerat { $planned } min, faktiskt { $actual } min
back-to-session = Till sessionen: { $workshop }
run-workshop = Kör workshoppen
seed = Frö
start-session = Starta
resume-session = Fortsätt { $workshop } från { $time }
past-sessions = Tidigare sessioner ({ $n })
open-session = Öppna { $id }
finished = avslutad
unfinished = pågår
leave-fullscreen = Esc: tillbaka till facilitatorns vy
who-has-role = Vem har rollen? (namn, för sammanfattningen)
print-advice = Skriv ut i skala 100 % (inte ”anpassa till sidan”).
session-read-only = Sessionen är öppen i ett annat Innovationslek-fönster (process { $pid }): stäng den där och välj Försök igen, eller öppna en kopia att arbeta vidare i. Här kan inget ändras. Om inget annat fönster har den öppen: ta bort { $lock } och välj Försök igen.
read-only-title = Skrivskyddad
try-again = Försök igen
open-copy = Öppna en kopia
session-copy-of = En kopia av sessionen { $id }: originalet ändras inte härifrån.

## Handlingsplanens status och datum, uppföljningar, kalender och Word

act-status = Satte status på en rad i { $field }
act-due = Skrev ett klart-senast-datum i { $field }
row-status-of = Status för rad { $n } – { $field }
row-due-of = Klart senast, rad { $n } – { $field }
status-label = Status
due-label = Klart senast
due-hint = ÅÅÅÅ-MM-DD
status-none = –
status-not-started = ej påbörjad
status-in-progress = pågår
status-done = klar
status-stopped = stoppad
carried-from = Från { $id } ({ $date })
start-follow-up = Starta uppföljning
start-follow-up-hint = Startar { $workshop } med den här sessionens öppna rader i handlingsplanen
follow-up-no-workshop = Ingen uppföljningsworkshop (ett tabellfält med carry_over: Plan) finns för språket { $language }
export-ics = Spara kalender (.ics)
export-docx = Spara protokoll (Word .docx)
saving-files = Sparar filerna…
err-files-interrupted = Filerna kunde inte sparas färdigt på grund av ett internt fel. Försök igen; rapportera gärna problemet om det händer igen.
no-dates = Inga datum att lägga i kalendern: skriv uppföljningsdatum (ÅÅÅÅ-MM-DD) eller klart-senast-datum i planen.
err-no-carry-over = Workshoppen `{ $workshop }` tar inte över någon tidigare plan: ge ett av dess tabellfält `carry_over: Plan`.
err-follow-up-begun = Sessionen `{ $session }` är redan igång: en uppföljning tar över den tidigare planen bara när den startas. Starta en ny uppföljning i stället.
err-docx = Word-protokollet gick inte att skapa på grund av ett fel i programmet. Försök igen; händer det igen, spara sammanfattningen som PDF eller Markdown i stället och rapportera gärna felet.
docx-list-style = Listrad
guide-tally-note = Varje deltagare har { $dots ->
        [one] en prick
       *[other] { $dots } prickar
    }. Sätt ett streck i en ruta för varje prick och skriv summan längst till höger.
guide-tally-item = Idé
guide-tally-dots = Prickar
guide-tally-total = Summa
guide-matrix-note = Placera varje idé i den ruta där den hör hemma: mer { $x } åt höger, mer { $y } uppåt.
diag-carry-over-table = fältet `{ $id }`: `carry_over` kräver ett tabellfält (`kind: Table(columns: [..])`), eftersom det tar över rader ur en tidigare plan
diag-carry-over-twice = fältet `{ $id }`: `carry_over` finns redan på fältet `{ $other }`: en workshop tar över den tidigare planen i ett enda fält
cli-undated = { $session }: uppföljningen "{ $item }" har inget datum; skriv datum som ÅÅÅÅ-MM-DD för att få dem i kalendern
cli-no-dates = { $session }: inga datum att lägga i en kalender: skriv uppföljningsdatum (ÅÅÅÅ-MM-DD) i uppföljningslistan eller klart-senast-datum i handlingsplanen
cli-no-sessions-folder = systemet anger ingen datamapp för sessioner: ange en med --sessions MAPP
cli-carried-over = uppföljning av { $session }: { $n ->
        [one] en öppen rad
       *[other] { $n } öppna rader
    } ur handlingsplanen togs över
## Prickröstning och matris (src/ui/choosing.rs)

act-voted = Gav en prick i { $field }
act-unvoted = Tog bort en prick i { $field }
act-counted = Skrev in antalet deltagare i { $field }
act-chose-top = Valde de främsta i { $field }
act-dropped-votes = Strök prickar i { $field }
act-placed = Placerade en idé i { $field }
act-unplaced = Tog bort en idé ur { $field }
votes-budget = { $given } av { $budget } { $budget ->
        [one] prick
       *[other] prickar
    } givna ({ $people } { $people ->
        [one] person
       *[other] personer
    } × { $dots })
votes-given = { $given } { $given ->
        [one] prick given
       *[other] prickar givna
    }, { $dots } per person
votes-over = { $n } fler än budgeten
votes-left = { $n } kvar
vote-participants = Deltagare
vote-participants-hint = Hur många som röstar, för budgeten (0: inte angivet)
vote-row = { $item }: { $n } { $n ->
        [one] prick
       *[other] prickar
    }
vote-row-hint = + eller → ger en prick, − eller ← tar en; mellanslag markerar som vald
vote-add = Ge en prick till { $item }
vote-remove = Ta en prick från { $item }
vote-choose = Vald: { $item }
vote-tied = delad { $rank }
vote-choose-top = Välj de { $n } främsta
vote-choose-top-one = Välj den främsta
vote-choose-top-hint = Markerar idéerna på plats 1 till { $n } som valda (delade platser räknas med) och inga andra; Ctrl+Z ångrar
vote-choose-count = Hur många som väljs
vote-no-items = Skriv idéer i { $list } först: här röstar gruppen på dem.
vote-gone = Prickar på idéer som inte längre finns i listan
vote-drop = Stryk { $item }
vote-no-dots = Inga prickar än
matrix-hint = Dra idéerna till en ruta, eller välj en med Tab och flytta den med pilarna; Delete tar bort den ur matrisen
matrix-unplaced = Inte placerade ({ $n })
matrix-gone = Placerade men inte längre i listan
matrix-item = { $item }: { $cell }
matrix-not-placed = inte placerad
matrix-cell = { $x } { $xl }, { $y } { $yl }
matrix-low = låg
matrix-high = hög
matrix-take-off = Ta bort { $item } ur matrisen
matrix-no-items = Skriv idéer i { $list } först: här placerar gruppen dem.
more-items = +{ $n } till
err-not-in-list = { $field }: listan har ingen idé "{ $item }" (den kan just ha tagits bort eller bytt namn)
err-still-in-list = { $field }: "{ $item }" finns kvar i listan; ta bort prickarna en och en i stället
## Sammanfattningen av en session

sum-summary = sammanfattning
sum-workshop = Workshop
sum-date = Datum
sum-planned-start = Planerad start
sum-actual-start = Faktisk start
sum-finished = Avslutad
sum-not-finished = inte avslutad
sum-not-started = inte startad
sum-deck = Kortlek
sum-seed = Frö för dragningarna
sum-session = Session
sum-notes = Att notera
sum-roles = Roller
sum-time = Tid per steg
sum-step = Steg
sum-start = Planerad start
sum-planned-min = Planerat (min)
sum-actual-min = Faktiskt (min)
sum-difference-min = Skillnad (min)
sum-remark = Anmärkning
sum-skipped = hoppades över
sum-added = tillagt
sum-removed = borttaget
sum-total = Totalt
sum-cards = Dragna kort
sum-no-cards = Inga kort drogs.
sum-card = Kort
sum-category = Kategori
sum-kept = Vald
sum-clock = Tid
sum-yes = ja
sum-captures = Anteckningar
sum-other-fields = Övriga anteckningar (fält som inte längre finns i workshoppen)
sum-nothing = inget antecknat
sum-chosen = vald
sum-action-plan = Handlingsplan
sum-totals = Summering
sum-planned-time = Planerad tid
sum-actual-time = Faktisk tid
sum-ahead = före tidsplanen
sum-behind = efter tidsplanen
sum-on-time = enligt tidsplanen
sum-steps-skipped = Steg som hoppades över
sum-cards-drawn = Dragna kort
sum-cards-kept = varav valda
sum-items-chosen = Valda punkter i listorna
sum-actions = Åtgärder i handlingsplanen
sum-min = min

## Facilitatorguiden (PDF)

guide-guide = Facilitatorguide
guide-minutes = min
guide-deck = Kortlek
guide-roles = Roller
guide-preparation = Förberedelser
guide-agenda = Agenda
guide-time = Tid
guide-step = Steg
guide-cards = Kort
guide-total = Totalt
guide-steps = Steg för steg
guide-instructions = Instruktioner
guide-notes = Anteckningar för facilitatorn
guide-draws = Kort att dra
guide-whole-deck = hela kortleken
guide-card-count = { $n } kort
guide-capture = Att fylla i
guide-times-note = Tiderna är förslag: ge ett steg mer eller mindre tid under passet efter hur gruppen arbetar.

## Startbladet och korten om leken (PDF)

extra-sheet = ark
extra-front = framsida
extra-back = baksida
extra-fold = vik längs strecket
extra-fronts-only = endast framsidor
extra-long-edge = vänd längs långsidan
extra-short-edge = vänd längs kortsidan
extra-one-sided = enkelsidigt
extra-at100 = skriv ut i 100 %
extra-start-sheet = Startblad
extra-start-back = Baksidan av startbladet: den här sidan är avsiktligt tom.
extra-how-to-print = Skriv ut så här
extra-print-steps-duplex1 = Dubbelsidigt, vänd längs { $edge }.
extra-print-steps-duplex2 = Skala 100 % (inte ”anpassa till sidan”).
extra-print-steps-duplex3 = Papper { $paper }, 160–200 g/m² (tjockt papper eller tunn kartong).
extra-print-steps-duplex4 = Skriv ut arket med skalstocken först och mät: strecket ska vara 50 mm.
extra-print-steps-fold1 = Enkelsidigt: framsidor och baksidor står på samma sida.
extra-print-steps-fold2 = Skala 100 % (inte ”anpassa till sidan”).
extra-print-steps-fold3 = Papper { $paper }, 120–160 g/m²: arket viks, så det blir dubbelt så tjockt.
extra-print-steps-fold4 = Vik längs den streckade linjen, limma ihop halvorna, klipp sedan.
extra-print-steps-none1 = Enkelsidigt: bara framsidor.
extra-print-steps-none2 = Skala 100 % (inte ”anpassa till sidan”).
extra-print-steps-none3 = Papper { $paper }, 160–200 g/m² (tjockt papper eller tunn kartong).
extra-print-steps-none4 = Skriv ut arket med skalstocken först och mät: strecket ska vara 50 mm.
extra-how-to-cut = Klipp så här
extra-cut-steps1 = Dra med linjal en linje mellan varje par av skärmärken som står mitt emot varandra.
extra-cut-steps2 = Klipp först de långa linjerna (1, 2, …), hela arket.
extra-cut-steps3 = Klipp sedan remsorna vid de korta linjerna (a, b, …).
extra-checklist = Korten
extra-checklist-hint = Bocka av korten när de är klippta.
extra-continued = (fortsättning)
extra-legend-title = Kategorierna
extra-credits-title = Om leken
extra-licence = Licens
extra-version = Version
extra-cards-word = kort
extra-legend-card = Kategorierna (förklaring)
extra-credits-card = Om leken (licens)
extra-edge-long = långsidan
extra-edge-short = kortsidan

## Sidfötter, kortens fötter och PDF:ernas egenskaper

page-of = Sida { $n } av { $total }
card-minutes = ca { $n } min
fold-label = vik
card-named = kort { $title }
deck-subject = { $total } kort, { $card }, { $paper }-papper, baksidor: { $backs }
backs-subject-long-edge = dubbelsidigt, vänd längs långsidan
backs-subject-short-edge = dubbelsidigt, vänd längs kortsidan
backs-subject-fold = vikta
backs-subject-none = inga

## Varningar när en kortlek skrivs ut

warning-prefix = varning
warn-overflow = kortet `{ $card }`: texten får inte plats ens i den minsta storleken och kortas med ”…” (korta texten eller välj ett större kort)
warn-no-effect = { $option } gör ingen skillnad: det flyttar baksidorna vid dubbelsidig utskrift, och med --backs { $backs } skrivs ingen baksida ut på en egen sida (använd long-edge eller short-edge)
warn-missing-glyphs = kortet `{ $card }`: typsnittet saknar tecknen { $characters }; de skrivs ut som rutor
warn-logo = { $message }; leken skrivs ut utan logotyp
warn-neighbouring-backs = kategoriernas helfärgade baksidor har olika färger och inget utfall: om baksidan hamnar lite snett syns en remsa av grannkortets färg vid snitten (använd --bleed 3 eller kontorsbaksidan)
warnings-above = { $n ->
        [one] { $n } varning, se ovan
       *[other] { $n } varningar, se ovan
    }

## Fel som användaren kan råka ut för

err-clock = Starttiden `{ $text }` är inte TT:MM på en 24-timmarsklocka, till exempel 09:00 eller 13:30.
io-not-found = filen eller mappen finns inte
io-permission-denied = du saknar behörighet (eller platsen är skrivskyddad)
io-storage-full = disken är full
io-already-exists = det finns redan en fil med det namnet
io-is-a-directory = det är en mapp, inte en fil
io-not-a-directory = en del av sökvägen är en fil, inte en mapp
io-invalid-filename = namnet är för långt eller innehåller tecken som systemet inte godtar
io-file-too-large = filen blir för stor för platsen den sparas på
io-busy = filen används av ett annat program: stäng det och försök igen
io-interrupted = systemet avbröt eller hann inte klart: försök igen
io-network = nätverksplatsen svarar inte: kontrollera anslutningen eller välj en mapp på den här datorn
io-not-empty = mappen är inte tom
io-crosses-devices = det går inte att flytta mellan två diskar
io-too-many-links = sökvägen går genom för många länkar
io-out-of-memory = datorns minne räcker inte: stäng andra program och försök igen
io-unsupported = systemet kan inte göra det på den här platsen
io-incomplete = filen kunde inte läsas eller skrivas helt: försök igen, eller välj en annan plats
io-other = ett oväntat fel i systemet{ $code }
io-code = {" "}(felkod { $code })
err-session-io = { $path }: { $reason }
err-session-newer = { $path }: sessionen sparades av en nyare version av Innovationslek (filversion { $version }; den här versionen läser upp till { $supported }). Uppdatera programmet för att öppna den. Filen lämnas orörd.
err-session-damaged = { $path }: sessionen kan inte läsas ({ $problem }); filen lämnas orörd.
err-session-serialize = Sessionen kunde inte göras om till text på grund av ett fel i programmet: den sparades inte den här gången, men den senast sparade versionen finns kvar.
err-pdf-overflow = Texten på { $n } kort får inte plats ens i den minsta storleken: { $cards } (korta texten eller välj ett större kort; utan ”Avbryt om någon text inte får plats”, på kommandoraden --strict, skrivs PDF:en ut med en varning).
err-pdf-render = PDF:en kunde inte göras på grund av ett fel i programmet. Försök igen; händer det igen, rapportera det gärna (med miljövariabeln INNOVATIONSLEK_DEBUG=1 skriver kommandoraden den tekniska uppgiften).
err-pdf-write = Kunde inte skriva { $path }: { $reason }
## Sammanfattningen av en prickröstning och en matris

sum-rank = Plats
sum-item = Idé
sum-dots = Prickar
sum-tied = delad
sum-dots-budget = { $given } av { $budget } { $budget ->
        [one] prick
       *[other] prickar
    } givna ({ $people } { $people ->
        [one] person
       *[other] personer
    } × { $dots })
sum-dots-given = { $given } { $given ->
        [one] prick given
       *[other] prickar givna
    }, { $dots } per person
sum-dots-gone = Prickar på idéer som inte längre finns i listan
sum-low = låg
sum-high = hög
sum-unplaced = Inte placerade
sum-placed-gone = Placerade men inte längre i listan

## Fel i kortleks- och workshopfiler (fil:rad:kolumn: fel: …)

diag-error = fel
diag-warning = varning
diag-did-you-mean = (menar du `{ $name }`?)
diag-none = inga
diag-cannot-read = filen kan inte läsas: { $reason }
diag-not-a-file = inte en vanlig fil (en mapp, en enhet, ett rör eller en socket): läses inte; ange sökvägen till en `.ron`-fil
diag-not-utf8 = filen är inte UTF-8-text: spara den med teckenkodningen UTF-8 i din textredigerare
diag-too-large = filen är { $mib } MiB, mer än gränsen på 10 MiB: dela upp den i mindre filer
diag-unknown-field = okänt fält `{ $field }`{ $outer }, förväntade ett av { $expected }{ $suggestion }
diag-in-item = i `{ $name }`
diag-field-twice = fältet `{ $field }` finns två gånger{ $outer }: behåll ett
diag-missing-field = { $item } saknar det obligatoriska fältet `{ $field }`
diag-item-named = `{ $name }`
diag-an-item = ett objekt
diag-in-field = fältet `{ $field }`: { $problem }{ $found }
diag-value-problem = { $problem }{ $found }
diag-found = (hittade `{ $found }`)
diag-expected-integer = förväntade ett heltal, till exempel `10`
diag-expected-number = förväntade ett tal
diag-out-of-range = talet är utanför det tillåtna: förväntade ett heltal som är 0 eller större
diag-expected-text = förväntade text inom dubbla citattecken, till exempel "…"
diag-text-not-closed = en text är inte avslutad: lägg till det `"` som saknas i slutet
diag-expected-boolean = förväntade `true` eller `false`
diag-expected-list = förväntade en lista inom hakparenteser, till exempel ["a", "b"]
diag-expected-list-end = förväntade `,` eller listans avslutande `]`
diag-expected-parenthesis = förväntade `(`
diag-expected-named = förväntade `{ $name }(…)`
diag-expected-item-end = förväntade `,` eller den avslutande `)`: saknas ett kommatecken mellan två fält?
diag-wrong-name = förväntade `{ $expected }(…)` men hittade `{ $found }(…)`
diag-expected-comma = förväntade ett kommatecken `,` här: saknas ett kommatecken mellan två fält eller poster?
diag-expected-colon = förväntade `:` efter fältets namn
diag-expected-field-name = förväntade ett fältnamn
diag-ends-early = filen tar slut för tidigt: kontrollera att varje `(`, `[` och `"` är avslutad
diag-trailing = oväntad text efter slutet: en fil innehåller exakt ett värde
diag-unclosed-comment = en `/*`-kommentar är inte avslutad med `*/`
diag-unknown-value = okänt värde `{ $found }`, förväntade ett av { $expected }
diag-expected-braces = förväntade klammerparenteser {"{"} … {"}"}: de används inte i våra filer; skriv `Namn(fält: värde)` eller en lista `[…]`
diag-bad-name = `{ $name }` är inget giltigt namn: ett fältnamn består av bokstäver, siffror och `_`, till exempel `facilitator_notes`
diag-bad-escape = en ogiltig kod efter `\` i en text: skriv `\\` för ett omvänt snedstreck, `\"` för ett citattecken och `\n` för en ny rad
diag-bad-digit = siffran `{ $digit }` finns inte i ett tal i bas { $base }: skriv talet med vanliga siffror, till exempel `10`
diag-underscore = ett tal får inte börja med `_` eller ha `_` vid decimaltecknet: skriv siffrorna utan `_`
diag-unexpected-char = oväntat tecken `{ $char }` här: ta bort det eller sätt texten inom dubbla citattecken
diag-no-such-extension = det finns inget RON-tillägg som heter `{ $name }`: ta bort raden `#![enable(…)]` eller skriv `#![enable(implicit_some)]`
diag-bad-attribute = en rad som börjar med `#!` ska se ut så här: `#![enable(implicit_some)]`; ta bort den om du är osäker
diag-nested-too-deep = värdena ligger för djupt i varandra (för många parenteser inuti varandra): kontrollera att varje `(` och `[` avslutas
diag-wrong-length = fel antal värden (hittade { $found }): jämför med exemplen i filformatsbeskrivningen
diag-wrong-kind = fel sorts värde här: jämför med exemplen i filformatsbeskrivningen
diag-unreadable-value = värdet här kan inte läsas: jämför med exemplen i filformatsbeskrivningen
diag-empty-folder = den här mappen innehåller inga kortlekar eller workshoppar (`NAMN.deck.ron`, `NAMN.workshop.ron`): kontrollera sökvägen
diag-no-such-path = filen eller mappen finns inte: kontrollera sökvägen
diag-unknown-kind = okänd sorts fil: döp en kortlek till `NAMN.deck.ron` och en workshop till `NAMN.workshop.ron`
diag-deck-broken = kortleken `{ $deck }` har fel i { $path }: rätta dem först
diag-deck-not-loaded = kortleken `{ $deck }` är inte inläst: ingen kortleksfil här har `id: "{ $deck }"` (kortlekar: { $decks })
diag-deck-id-taken = kortleks-id:t `{ $id }` används också av { $path }: ge varje kortlek ett eget id
diag-workshop-id-taken = workshop-id:t `{ $id }` används också av { $path }: ge varje workshop ett eget id
diag-internal = filen kunde inte läsas på grund av ett internt fel ({ $what }): de andra filerna påverkas inte; rapportera gärna problemet och bifoga filen
diag-not-regular = inte en vanlig fil (en enhet, ett rör eller en socket): läses inte; ange sökvägen till en fil eller mapp
diag-too-deep = mappar mer än { $n } nivåer ner läses inte
diag-cannot-read-folder = mappen kan inte läsas: { $reason }
diag-link-to-folder = en länk till en mapp: följs inte; öppna mappen som den pekar på i stället
diag-link-to-nothing = en länk som inte pekar på något: läses inte; ta bort den eller låt den peka på en fil
check-summary = kontrollerade { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    }: { $decks ->
        [one] { $decks } kortlek
       *[other] { $decks } kortlekar
    } ({ $cards } kort), { $workshops ->
        [one] { $workshops } workshop
       *[other] { $workshops } workshoppar
    }, { $errors } fel
diag-svg-logo = SVG-bilder kan inte användas som logotyp: spara logotypen som en PNG-fil (högst 2048 pixlar på varje led, 2 MiB) i kortlekens mapp och ange den filen, till exempel "logo.png"
diag-id-rule = { $what }-id:t `{ $id }` är inte giltigt: använd små bokstäver a–z, siffror och `-` (till exempel `mitt-id`)
diag-id-of-deck = kortleks
diag-id-of-category = kategori
diag-id-of-card = kort
diag-id-of-workshop = workshop
diag-id-of-step = steg
diag-id-of-field = fält
diag-deck-id-rule = { $rule } (högst { $n } tecken)
diag-color-rule = { $place }: färgen `{ $color }` är ingen färg: skriv `#RRGGBB`, till exempel "#1B4965"
diag-language-rule = språket `{ $tag }` är ingen språkkod: använd en BCP 47-kod som "sv", "en" eller "sv-FI"
diag-place-category = kategorin `{ $id }`
diag-place-category-back = kategorin `{ $id }`: `back`
diag-place-back = `back`
diag-deck-title-empty = kortlekens `title` är tom: ge kortleken en titel
diag-back-title-empty = { $place }: titeln är tom: ge baksidan en titel
diag-no-categories = kortleken har inga kategorier: lägg till minst en `Category(…)`
diag-category-id-twice = kategori-id:t `{ $id }` används två gånger (första gången på rad { $line }): ge varje kategori ett eget id
diag-category-name-empty = kategorin `{ $id }`: `name` är tomt
diag-symbol-length = kategorin `{ $id }`: symbolen `{ $symbol }` har { $n } tecken: använd 1 till { $max }, eller utelämna `symbol`
diag-no-cards = kortleken har inga kort: lägg till minst ett `Card(…)`
diag-card-id-twice = kort-id:t `{ $id }` används två gånger (första gången på rad { $line }): ge varje kort ett eget id
diag-card-category = kortet `{ $id }`: kategorin `{ $category }` finns inte (kategorier: { $categories }){ $suggestion }
diag-card-title-empty = kortet `{ $id }`: `title` är tom
diag-card-title-long = kortet `{ $id }`: titeln har { $n } tecken, högst { $max } är tillåtet
diag-card-text-empty = kortet `{ $id }`: `text` är tom: förklara kortet med några meningar
diag-prompt-empty = kortet `{ $id }`: fråga { $n } är tom: ta bort den eller skriv frågan
diag-card-minutes = kortet `{ $id }`: minutes är { $minutes }, förväntade 1 till 600
diag-card-copies = kortet `{ $id }`: copies är { $copies }, förväntade 1 till 100
diag-category-unused = kategorin `{ $id }` har inga kort
diag-same-grey = kategorierna `{ $a }` och `{ $b }` blir nästan samma grå nyans i svartvitt (luma { $luma-a } och { $luma-b } av 255): gör den ena ljusare eller mörkare så att de skiljer sig med minst { $min }
diag-unknown-icon = { $place }: ikonen `{ $icon }` finns inte bland de inbyggda ikonerna{ $suggestion }: använd ett namn som `lightbulb` eller `magnifying-glass` (listan finns i docs/formats.md), eller utelämna `icon`
diag-logo-svg = { $place }: logotypen `{ $logo }`: { $why }
diag-logo-path = { $place }: logotypen `{ $logo }` är ingen PNG-fil i kortlekens mapp: skriv ett filnamn som "logo.png" bredvid kortleksfilen (eller i en mapp under den)
diag-workshop-title-empty = workshoppens `title` är tom: ge den en titel
diag-not-a-deck-id = `deck`: `{ $deck }` är inget kortleks-id: använd `id` för en kortlek, till exempel "innovationslek"
diag-role-name-empty = roll { $n } har ett tomt `name`
diag-preparation-empty = förberedelse { $n } är tom: ta bort den eller skriv den
diag-no-steps = workshoppen har inga steg: lägg till minst ett `Step(…)`
diag-step-id-twice = steg-id:t `{ $id }` används två gånger (första gången på rad { $line }): ge varje steg ett eget id
diag-step-title-empty = steget `{ $id }`: `title` är tom
diag-step-minutes = steget `{ $id }`: minutes är { $minutes }, förväntade 1 till 600
diag-instructions-empty = steget `{ $id }`: `instructions` är tom: berätta vad gruppen ska göra
diag-draw-without-deck = steget `{ $id }` har `draw` men workshoppen anger ingen kortlek: lägg till `deck: "…"` i workshoppen
diag-draw-zero = steget `{ $id }`: draw.count är 0, förväntade 1 eller fler
diag-draw-category-id = steget `{ $id }`: dragningens kategori `{ $category }` är inget kategori-id
diag-break-draws = steget `{ $id }` är en paus (`pause: true`) men har `draw`: en paus drar inga kort; ta bort `draw`, eller `pause` om det inte är en paus
diag-break-fields = steget `{ $id }` är en paus (`pause: true`) men har `capture`: en paus har inga fält; flytta fälten till ett arbetssteg, eller ta bort `pause`
diag-field-id-twice = fält-id:t `{ $id }` används två gånger (även i steget `{ $step }`): fältens id måste vara unika i hela workshoppen
diag-label-empty = fältet `{ $id }`: `label` är tom
diag-no-columns = fältet `{ $id }`: en tabell behöver minst en kolumn
diag-column-empty = fältet `{ $id }`: ett kolumnnamn är tomt
diag-column-twice = fältet `{ $id }`: kolumnen `{ $column }` finns två gånger: kolumnnamnen måste vara unika
diag-dots = fältet `{ $id }`: dots är { $dots }, förväntade 1 till 100 prickar per person
diag-a-list-field = ett `List`-fält
diag-a-list-or-votes-field = ett `List`- eller `Votes`-fält
diag-matrix-axes = fältet `{ $id }`: matrisen behöver namn på båda axlarna, `x` och `y` (till exempel "Insats" och "Nytta")
diag-of-wrong-kind = fältet `{ $id }`: `of: "{ $of }"` anger ett fält som inte är { $what }
diag-of-missing = fältet `{ $id }`: `of: "{ $of }"` anger inget fält före det här: ange { $what } i det här steget eller ett tidigare
diag-show-twice = steget `{ $id }`: `show` anger `{ $shown }` två gånger: ange varje fält en gång
diag-show-own = steget `{ $id }`: `show` anger `{ $shown }`, ett fält i det här steget: ange bara fält från tidigare steg (stegets egna fält visas ändå)
diag-show-later = steget `{ $id }`: `show` anger `{ $shown }`, ett fält i det senare steget `{ $later }`: ett steg kan bara visa fält från steg före det
diag-show-no-fields = steget `{ $id }`: `show` anger `{ $shown }`, men inget tidigare steg har fält: ta bort `show`
diag-show-unknown = steget `{ $id }`: `show` anger `{ $shown }`, som inte är ett fält i ett tidigare steg (fält: { $fields }){ $suggestion }
diag-draw-category-missing = steget `{ $id }`: dragningens kategori `{ $category }` finns inte i kortleken `{ $deck }` (kategorier: { $categories }){ $suggestion }
diag-pool-deck = kortleken `{ $deck }` har { $available } kort
diag-pool-category = kategorin `{ $category }` har { $available } kort
diag-pool-categories = kategorierna { $categories } har { $available } kort
diag-draw-too-many = steget `{ $id }`: draw.count är { $count } men { $pool }
diag-draw-too-long = steget `{ $id }` har { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } men { $count ->
        [one] kortet det drar
       *[other] de { $count } korten det drar
    } kan ta { $total } minuter ({ $cards }): ge steget fler minuter, dra färre kort eller korta de korten
diag-instructions-long = steget `{ $id }`: instruktionerna har { $words } ord, fler än de { $max } som rummet hinner läsa på projektorn: håll dem korta och lägg detaljerna i `facilitator_notes`

## Utskriftsval och kortlekens logotyp

logo-cannot-use = logotypen `{ $name }`: { $why }
logo-not-in-folder = ingen PNG-fil i kortlekens mapp: skriv ett filnamn som "logo.png" bredvid kortleksfilen
logo-folder-unreadable = kortlekens mapp kan inte läsas: { $reason }
logo-no-such-file = filen finns inte i kortlekens mapp ({ $folder })
logo-outside = filen ligger utanför kortlekens mapp (en länk?): kopiera den till mappen
logo-unreadable = kan inte läsas: { $reason }
logo-too-large = filen är { $kib } KiB, mer än { $max } KiB: spara den mindre (en logotyp behöver högst { $pixels } pixlar på varje led)
logo-not-png = är ingen PNG-bild eller är skadad: spara bilden som PNG på nytt i ett bildprogram
logo-pixels = är { $width }×{ $height } pixlar: använd högst { $max } pixlar på varje led
logo-too-large-to-decode = är för stor för att avkodas
logo-layout = har en oväntad pixelordning
opt-card-too-large = ett kort i storleken { $card }{ $bleed } får inte plats på { $paper }-papper{ $fold }: utrymmet för kort är { $width }×{ $height } mm efter marginalen på { $margin } mm{ $marks }; välj ett mindre kort eller ett större papper
opt-with-bleed = med { $mm } mm utfall
card-size-named = { $name ->
        [square] kvadratisk
        [a7] A7
       *[other] { $name }
    } ({ $width }×{ $height } mm)
card-size-mm = { $width }×{ $height } mm
opt-half-sheet = (ett halvt ark i vikläge)
opt-and-crop-marks = och skärmärken
opt-card-range = kortstorleken { $width }×{ $height } mm är utanför det tillåtna: varje sida måste vara { $min }–{ $max } mm
opt-bleed-range = utfallet { $bleed } mm är utanför det tillåtna: använd 0–{ $max } mm (3 mm är vanligt)
opt-offset-range = förskjutningen { $offset } är utanför det tillåtna: varje värde måste ligga inom ±{ $max } mm
opt-unknown-paper = okänt papper `{ $text }`: använd a4, a3 eller letter
opt-unknown-card = okänd kortstorlek `{ $text }`: använd { $names }, eller BxH i mm som 60x90
opt-unknown-backs = okänt läge för baksidor `{ $text }`: använd long-edge, short-edge, fold eller none
opt-unknown-back-style = okänd baksidesstil `{ $text }`: använd office (vit med ett emblem, sparar bläck) eller flood (färg över hela baksidan, för tryckerier)
opt-unknown-ink = okänt bläckläge `{ $text }`: använd full (färgband) eller low (bara konturer)
opt-offset-syntax = förskjutningen `{ $text }` är inte X,Y i mm: skriv till exempel 1.5,-0.5
opt-bleed-syntax = utfallet `{ $text }` är inget antal mm (0–{ $max })

## Dragningar på kommandoraden, och var ett kort ligger

draw-zero-count = en dragning behöver minst ett kort
draw-unknown-category = kortleken har ingen kategori `{ $id }` (kategorier: { $known })
draw-not-enough = kan inte dra { $requested } kort: { $available } kvar { $from }{ $discarded ->
        [0] ; dra färre
       *[other] ; blanda tillbaka de { $discarded } slängda korten, eller dra färre
    }
draw-in-deck = i kortleken
draw-in-category = i kategorin `{ $category }`
draw-in-categories = i kategorierna { $categories }
draw-unknown-card = kortleken har inget kort `{ $id }`
draw-wrong-place = kortet `{ $id }` är { $place }, inte draget
draw-nothing-to-undo = inget att ångra: inga kort har dragits
place-pile = kvar i högen
place-table = på bordet
place-kept = behållet
place-discard = i slänghögen

## Kommandoradens egna rader

cli-wrote-test-sheet = skrev { $path }: kalibreringsark för dubbelsidig utskrift, 2 sidor, { $paper }-papper, baksidor: { $backs }, förskjutning { $offset }
cli-test-sheet-advice = skriv ut det dubbelsidigt i 100 %, håll det mot ljuset med sida 2 mot dig och ange talen du läser som --offset X,Y
cli-wrote-deck = skrev { $path }: { $pages ->
        [one] { $pages } sida
       *[other] { $pages } sidor
    } på { $sheets } ark ({ $backs }), { $cards } kort{ $extras }, { $per-sheet } per ark{ $turned }, { $card } på { $paper }{ $style }, { $size }
cli-with-extras = med startblad, förklaringskort och kort om leken
cli-back-style = , baksidans stil: { $style }
cli-cards-turned = (korten vridna)
cli-backs-long-edge = dubbelsidigt, vänd längs långsidan
cli-backs-short-edge = dubbelsidigt, vänd längs kortsidan
cli-backs-fold = fram- och baksidor på samma sida, vik
cli-backs-none = bara framsidor
cli-wrote-guide = skrev { $path }: facilitatorguide, { $pages ->
        [one] { $pages } sida
       *[other] { $pages } sidor
    }, { $steps } steg, { $minutes } min från { $start }, { $size }
cli-seed = frö { $seed } (dra samma kort igen med --seed { $seed })
cli-nothing-written = ingenting skrevs
cli-not-a-deck-file = { $path }: ingen kortleksfil (en kortlek heter NAMN.deck.ron)
cli-not-a-workshop-file = { $path }: ingen workshopfil (en workshop heter NAMN.workshop.ron)
cli-no-such-deck = ingen kortlek med id `{ $id }` och ingen sådan fil under { $decks } (kortlekar: { $known })
cli-no-such-workshop = ingen workshop med id `{ $id }` och ingen sådan fil under { $decks } (workshoppar: { $known })
cli-draw-failed = kortleken `{ $deck }`: { $error }
cli-name-a-deck = ange en kortlek (en fil eller ett id under { $decks }), eller använd --test-sheet
cli-workshop-missing = { $session }: sessionens workshop `{ $workshop }` finns inte under { $decks } (workshoppar: { $known }); ange mappen som innehåller den med --decks
cli-cannot-write = { $path } kan inte skrivas: { $reason }
cli-deck-missing-note = kortleken `{ $deck }` finns inte under { $decks }; kategorierna visas med sina id

## Filer som programmet inte skriver

io-not-a-target = { $path } är { $what }, inte en vanlig fil: ingenting skrevs; ange sökvägen till en ny eller vanlig fil
io-what-link = en länk
io-what-folder = en mapp
io-what-device = en enhet, ett rör eller en socket
io-not-plain-name = `{ $name }` är inget enkelt filnamn: ingenting skrevs

## Vad som är fel i en sessionsfil

dmg-at = på rad { $line }, kolumn { $column }: { $problem }
dmg-cannot-read = den kan inte läsas: { $reason }
dmg-not-utf8 = den är inte UTF-8-text
dmg-not-regular = den är inte en vanlig fil (en mapp, en enhet, ett rör eller en socket)
dmg-too-large = den är större än gränsen på { $mib } MiB för en sessionsfil
dmg-missing = saknas
dmg-newer = sparad av en nyare version av Innovationslek (filversion { $version }; den här versionen läser upp till { $supported })
dmg-both = filen: { $file }; dess säkerhetskopia { $bak }: { $backup }
dmg-year = { $what } ligger år { $year }, utanför { $first }–{ $last }
dmg-planned-start = den planerade starten
dmg-planned-out-of-range = den planerade starten är utanför det tillåtna
dmg-date-time = förväntade ett datum med tid som programmet skriver dem, till exempel "2026-12-03T14:45:00Z"
dmg-no-such-date = datumet eller tiden finns inte (en månad 1–12, en dag i månaden, en tid 00:00–23:59)
dmg-created = `created`
dmg-updated = `updated`
dmg-finished = `finished`
dmg-time-box = steget `{ $step }` har en tidsram på { $minutes } minuter, mer än ett dygn
dmg-run-of = en körning av steget `{ $step }`
dmg-added-time-of = tillagd tid i steget `{ $step }`
dmg-extra = steget `{ $step }` har { $minutes } minuter tillagda eller borttagna, mer än ett dygn
dmg-end-of = slutet av steget `{ $step }`
dmg-draw = en dragning
dmg-loaded-backup-damaged = { $path } är skadad ({ $problem }); den förra sparningen lästes in från { $bak }. Ändringar efter den sparningen har gått förlorade.
dmg-loaded-backup-missing = { $path } saknas; den förra sparningen lästes in från { $bak }. Ändringar efter den sparningen har gått förlorade.
dmg-kept-as = Den skadade filen sparas som { $path }.

## Handlingsplanens ord (sammanfattningar, protokoll, kalender) och datum
plan-status = Status
plan-due = Klart senast
plan-not-started = ej påbörjad
plan-in-progress = pågår
plan-done = klar
plan-stopped = stoppad
plan-follow-up-of = Uppföljning av
plan-progress = Så har planen gått
plan-before = Förut
plan-after = Nu
plan-row = Uppgift
plan-learned = Lärdom
plan-not-in-follow-up = togs bort ur uppföljningen
plan-follow-up-event = Uppföljning
plan-due-event = Klart senast
due-not-a-date = ”{ $text }” är inget datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-12-15
due-no-such-day = ”{ $text }” är ingen dag i kalendern: kontrollera månad och dag (ÅÅÅÅ-MM-DD)
due-year = ”{ $text }” ligger utanför åren { $first }–{ $last }

## PDF-sammanfattningens egna rubriker
rep-key = Det viktigaste
rep-chosen-ideas = Valda idéer
rep-follow-up = Nästa uppföljning
rep-chart = Planerad och faktisk tid
rep-about = Om sessionen

## Kalibreringsarket för dubbelsidig utskrift (på användarens språk)
cal-title = Kalibrering av dubbelsidig utskrift
cal-step-print = 1. Skriv ut båda sidorna dubbelsidigt i 100 % (faktisk storlek), vänd längs { $edge ->
        [short] kortsidan
       *[long] långsidan
    }.
cal-step-ruler = 2. Mät linjalen nedan: den ska vara exakt 100 mm.
cal-step-read = 3. Håll arket mot ljuset med sida 2 mot dig. Där framsidans hårkors korsar skalorna läser du X (vågrät skala) och Y (lodrät skala) i mm.
cal-step-export = 4. Ange talen du läste som förskjutning: i appen under Flytta baksidor X och Y (mm), på kommandoraden som --offset X,Y (till exempel --offset 1.5,-0.5). Arket skrevs ut med förskjutningen { $offset } och baksidorna { $mode }; var förskjutningen inte noll, lägg till avläsningen.
cal-front = Sida 1 (framsida)
cal-back = Sida 2 (baksida): läs X och Y här
cal-subject = { $paper }-papper, { $mode }

## Arbete i bakgrunden: export, inläsning, systemets öppnare, fönstret
export-stopped = exporten avbröts oväntat (ett fel i programmet; försök igen)
preview-no-cards = Kortleken har inga kort att visa.
library-load-stopped = Biblioteket kunde inte läsas in (ett fel i programmet); tryck på Läs in igen.
session-list-stopped = De sparade sessionerna kunde inte listas (ett fel i programmet); listan visar det som lästes in senast.
watch-too-many = systemets gräns för hur många mappar som kan bevakas är nådd
opener-not-started = { $program }: kunde inte startas: { $reason }
opener-failed = { $program }: avslutades med kod { $code }
opener-stopped = { $program }: stoppades av en signal
no-window = Kan inte öppna fönstret: ingen grafisk skärm hittades, eller grafiken saknar stöd för OpenGL. Kommandoraden fungerar ändå (innovationslek --help); med miljövariabeln INNOVATIONSLEK_DEBUG=1 skrivs den tekniska uppgiften ut.
session-no-free-name = det finns inget ledigt namn för sessionen i mappen
big-card = { $title } (stor)
projector-blank = Projektorn är släckt

## Projektorns diagram, som skärmläsare läser dem
chart-bar = stapel { $item }: { $dots } { $rank }
chart-cell = ruta { $name }: { $items }

## Kommandoradens hjälp (--help) och användningsfel
cli-about = Innovationslek: kortlekar och workshoppar efter Kirunamodellen, utan nätverk.
cli-about-check = Kontrollera kortleks- och workshopfiler eller mappar; slutkod 1 vid fel
cli-about-export = Exportera en kortlek som en tryckfärdig PDF
cli-about-draw = Dra kort ur en kortlek
cli-about-guide = Exportera en facilitatorguide för en workshop som PDF
cli-about-summary = Exportera sammanfattningen av en sessionsfil
cli-about-session = Sessioner: starta en, till exempel en uppföljning av en tidigare session
cli-about-start = Starta en session av en workshop och spara den i sessionsmappen; skriver ut filens namn
cli-about-help = Visa den här hjälpen eller hjälpen för de angivna kommandona
cli-arg-decks = Mapp med kortlekar och workshoppar [standard: decks]
cli-arg-lang = Meddelandenas språk: sv eller en [standard: svenska när systemets språk (LC_ALL, LC_MESSAGES, LANG eller systeminställningen) är svenska, annars engelska]
cli-arg-help = Visa hjälpen
cli-arg-version = Visa versionen
cli-arg-help-subcommand = Visa hjälpen för kommandona
cli-arg-check-paths = Filer eller mappar att kontrollera [standard: decks]
cli-arg-deck = En kortleksfil, eller id:t för en kortlek i kortleksmappen
cli-arg-workshop = En workshopfil, eller id:t för en workshop i kortleksmappen
cli-arg-export-output = Utdatafil [standard: exports/KORTLEKENS-ID.pdf]
cli-arg-guide-output = Utdatafil [standard: exports/WORKSHOPPENS-ID-guide.pdf]
cli-arg-summary-output = Utdatafil [standard: exports/SESSION-sammanfattning.md, .pdf, .ics eller .docx; -summary för en engelsk session]
cli-arg-paper = Pappersstorlek: a4, a3 eller letter
cli-arg-card = Kortstorlek: poker, bridge, tarot, mini, square, a7 eller BxH i mm (t.ex. 60x90)
cli-arg-bleed = Utfall runt varje kort i mm (0–5); färgytor når förbi skärlinjen
cli-arg-backs = Baksidor: long-edge, short-edge, fold eller none
cli-arg-no-crop-marks = Utan skärmärken
cli-arg-offset = Förskjutning av baksidorna i mm för att rätta en skrivare, som X,Y (t.ex. 1.5,-0.5)
cli-arg-strict = Räkna kort vars text inte får plats som fel (och skriv ingenting)
cli-arg-back-style = Baksidor: office (vit med ett emblem, snål med bläck) eller flood (färg över hela baksidan, för tryckerier) [standard: kortlekens `back.style`, annars office]
cli-arg-ink = Bläck: full (färgband) eller low (konturer i stället för färgytor)
cli-arg-no-extras = Utan startarket, förklaringskortet och medverkandekortet
cli-arg-test-sheet = Skriv ett tvåsidigt kalibreringsark för dubbelsidig utskrift i stället för en kortlek [standardfil: exports/duplex-test-sheet.pdf]
cli-arg-categories = Dra bara ur den här kategorin (upprepa för flera)
cli-arg-count = Hur många kort som dras
cli-arg-draw-seed = Frö för dragningen; samma frö ger samma kort
cli-arg-guide-start = Starttid för agendans klockslag
cli-arg-session-file = En sparad sessionsfil
cli-arg-format = Utdataformat: md (Markdown), pdf, ics (kalender: uppföljningsdatum och planens slutdatum som heldagshändelser) eller docx (Word-protokoll)
cli-arg-from = En tidigare sessionsfil: uppföljningen tar över dess öppna rader i handlingsplanen
cli-arg-start-start = Planerad start i dag [standard: nästa kvart]
cli-arg-start-seed = Frö för sessionens dragningar [standard: från klockan]
cli-arg-sessions = Mapp att spara sessionen i [standard: din egen sessionsmapp]
cli-usage = Användning:
cli-commands = Kommandon:
cli-arguments = Argument:
cli-options = Flaggor:
cli-value-options = FLAGGOR
cli-value-command = KOMMANDO
cli-value-dir = MAPP
cli-value-lang = SPRÅK
cli-value-file = FIL
cli-value-paper = PAPPER
cli-value-size = STORLEK
cli-value-mode = LÄGE
cli-value-style = STIL
cli-value-ink = BLÄCK
cli-value-session-file = SESSIONSFIL
cli-value-paths = SÖKVÄGAR
cli-value-deck = KORTLEK
cli-default = [standard: { $value }]
cli-possible = [möjliga värden: { $values }]
cli-exit-codes = Slutkoder: 0 klart; 1 ett problem i indata (en fil med fel, ett okänt id, en session som inte kan läsas, kort som inte får plats med --strict, utdata som är en mapp, en enhet, ett rör eller en länk); 2 ett användningsfel (en okänd flagga, eller ett värde som --paper eller --start som inte kan användas); 3 en fil kunde inte skrivas (behörighet, full disk); 4 ett fel i programmet (rapportera det gärna).
cli-err-unknown-argument = okänt argument '{ $arg }'
cli-err-unknown-command = okänt kommando '{ $command }'
cli-err-invalid-value = värdet '{ $value }' kan inte användas för '{ $arg }'
cli-err-missing = det här måste anges: { $args }
cli-err-missing-command = ett kommando måste anges
cli-err-conflict = '{ $arg }' kan inte användas tillsammans med { $other }
cli-err-twice = '{ $arg }' är angivet två gånger: ange det en gång
cli-err-value-count = fel antal värden för '{ $arg }'
cli-err-no-equals = '{ $arg }' behöver sitt värde efter ett likhetstecken
cli-err-other = kommandoraden kunde inte läsas
cli-err-did-you-mean = tips: menade du '{ $value }'?
cli-err-trailing = tips: skriv '-- { $value }' för att ge '{ $value }' som ett värde
cli-err-more-help = Mer hjälp: skriv '--help'.
