//! The interface's words in Swedish and English.
//!
//! Every string the interface shows (buttons, headings, hints, messages of the app itself) is a
//! [`Key`] with one text per [`Language`]; the compiler checks that no key misses a language.
//! Texts may hold `{n}`-style placeholders filled with [`fill`]. The content of decks and
//! workshops, and the loader's diagnostics, are not translated here.

use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    /// Svenska (the default).
    #[default]
    Swedish,
    /// English.
    English,
}

impl Language {
    /// Both languages, in the order the settings list them.
    pub const ALL: [Language; 2] = [Language::Swedish, Language::English];

    /// The language's own name, e.g. "Svenska".
    pub fn name(self) -> &'static str {
        match self {
            Language::Swedish => "Svenska",
            Language::English => "English",
        }
    }

    /// Whether content tagged with the BCP 47 tag `tag` is in this language (`sv`, `sv-FI`, …).
    pub fn matches(self, tag: &str) -> bool {
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        match self {
            Language::Swedish => primary == "sv",
            Language::English => primary == "en",
        }
    }

    /// The language the system asks for: English when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first
    /// one set, in that order) starts with `en`, otherwise Swedish.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Language {
        let tag = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty());
        match tag {
            Some(tag) if tag.to_ascii_lowercase().starts_with("en") => Language::English,
            _ => Language::Swedish,
        }
    }

    /// The language of the running system (see [`Language::from_env`]).
    pub fn system() -> Language {
        Language::from_env(|name| std::env::var(name).ok())
    }

    /// The text of `key` in this language.
    pub fn tr(self, key: Key) -> &'static str {
        let [sv, en] = key.texts();
        match self {
            Language::Swedish => sv,
            Language::English => en,
        }
    }
}

/// Replaces each `{name}` in `text` with its value.
pub fn fill(text: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

macro_rules! keys {
    ($($name:ident => $sv:literal, $en:literal;)*) => {
        /// A string of the interface; its English text is given as its documentation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $(#[doc = $en] $name,)*
        }

        impl Key {
            /// Every key.
            pub const ALL: &'static [Key] = &[$(Key::$name,)*];

            /// The Swedish and the English text.
            pub fn texts(self) -> [&'static str; 2] {
                match self {
                    $(Key::$name => [$sv, $en],)*
                }
            }
        }
    };
}

keys! {
    AppTitle => "Innovationslek", "Innovationslek";
    Library => "Bibliotek", "Library";
    Settings => "Inställningar", "Settings";
    Back => "Tillbaka", "Back";
    Decks => "Kortlekar", "Decks";
    Workshops => "Workshoppar", "Workshops";
    BrokenFiles => "Filer med fel", "Files with errors";
    Warnings => "Varningar", "Warnings";
    NoDecks => "Inga kortlekar hittades.", "No decks found.";
    NoWorkshops => "Inga workshoppar hittades.", "No workshops found.";
    NothingSelected => "Välj en kortlek, en workshop eller en fil i listan till vänster.", "Choose a deck, a workshop or a file in the list on the left.";
    Folder => "Mapp", "Folder";
    FolderPath => "Sökväg till mapp", "Folder path";
    OpenFolder => "Öppna mapp", "Open folder";
    FolderMissing => "Mappen {path} finns inte. Välj en annan mapp nedan.", "The folder {path} does not exist. Choose another folder below.";
    NotAFolder => "{path} är inte en mapp.", "{path} is not a folder.";
    EmptyPath => "Skriv sökvägen till en mapp.", "Type the path of a folder.";
    Reload => "Läs in igen", "Reload";
    Added => "Tillagda filer och mappar", "Added files and folders";
    DropHint => "Släpp .ron-filer eller mappar här för att lägga till dem.", "Drop .ron files or folders here to add them.";
    DroppedIgnored => "Ignorerades (inte .ron eller mapp): {path}", "Ignored (not .ron or a folder): {path}";
    Reloaded => "Inläst {time}: {files} filer, {errors} fel.", "Loaded {time}: {files} files, {errors} errors.";
    Watching => "Filerna läses in automatiskt när de ändras.", "Files are reloaded automatically when they change.";
    WatchFailed => "Kan inte bevaka ändringar: {error}", "Cannot watch for changes: {error}";
    Home => "Start", "Home";
    HomeRunWorkshop => "Kör en workshop", "Run a workshop";
    HomeRunHint => "Välj en workshop: nästa sida visar agendan och knappen Starta.", "Choose a workshop: the next page shows the agenda and the Start button.";
    ContinueTitle => "Fortsätt där ni slutade", "Continue where you left off";
    ContinueButton => "Fortsätt", "Continue";
    ContinueNamed => "Fortsätt {workshop}", "Continue {workshop}";
    ContinueWhen => "Senast ändrad {time}", "Last changed {time}";
    ContinueStep => "Steg {n} av {total}: {step}", "Step {n} of {total}: {step}";
    OpenWorkshopNamed => "Öppna workshoppen {workshop}", "Open the workshop {workshop}";
    HomePrint => "Skriv ut en kortlek", "Print a deck";
    PrintNamed => "Skriv ut {deck}…", "Print {deck}…";
    BrowseNamed => "Bläddra i {deck}", "Browse {deck}";
    OwnDecks => "Mina egna kortlekar", "My own decks";
    OwnFolderIs => "Din mapp: {path}", "Your folder: {path}";
    OwnCounts => "{decks} egna kortlekar och {workshops} egna workshoppar.", "{decks} decks and {workshops} workshops of your own.";
    OwnNone => "Inga egna kortlekar än: ändra i min-kortlek.deck.ron i mappen, eller lägg en kopia av en kortlek där.", "No decks of your own yet: edit min-kortlek.deck.ron in the folder, or put a copy of a deck there.";
    OpenOwnFolder => "Öppna mappen", "Open the folder";
    ChooseFolder => "Välj en annan mapp…", "Choose another folder…";
    FolderCreated => "Din mapp skapades nu, med en LÄS MIG-fil och en kortlek att ändra i.", "Your folder was just created, with a READ ME file and a deck to edit.";
    FolderCreateFailed => "Kunde inte skapa din mapp: {error}", "Could not create your folder: {error}";
    NoProblems => "Inga fel i dina filer.", "No problems in your files.";
    ProblemsFound => "Fel eller varningar i {n} filer:", "Problems or warnings in {n} files:";
    Advanced => "Avancerat", "Advanced";
    Bundled => "Inbyggd", "Bundled";
    OwnFile => "Egen", "Your own";
    ToLibrary => "Hela biblioteket", "The whole library";
    ShowOtherLanguages => "Visa även workshoppar och kortlekar på {language} ({n})", "Also show workshops and decks in {language} ({n})";
    InSwedish => "svenska", "Swedish";
    InEnglish => "engelska", "English";
    InOtherLanguages => "andra språk", "other languages";
    Loading => "Läser in kortlekar och workshoppar…", "Reading the decks and workshops…";
    DialogUnavailable => "Ingen fil- eller mappväljare kunde öppnas (systemet har ingen skrivbordsportal). Skriv sökvägen i fältet i stället.", "No file or folder dialog could be opened (the system has no desktop portal). Type the path in the field instead.";
    OpenFailed => "Kunde inte öppna {path}: inget program för det hittades ({error}). Öppna den själv; sökvägen kan kopieras här:", "Could not open {path}: no program for it was found ({error}). Open it yourself; the path can be copied here:";
    CopyPath => "Kopiera sökvägen", "Copy the path";
    OpenPdf => "Öppna PDF", "Open PDF";
    ChooseSaveAs => "Välj…", "Choose…";
    ExportsGoTo => "Det du sparar hamnar i {path}", "What you save goes to {path}";
    Cards => "{n} kort", "{n} cards";
    Categories => "Kategorier", "Categories";
    Language => "Språk", "Language";
    Version => "Version", "Version";
    License => "Licens", "Licence";
    Credits => "Upphov", "Credits";
    BrowseCards => "Bläddra bland korten", "Browse the cards";
    Minutes => "{n} min", "{n} min";
    Steps => "{n} steg", "{n} steps";
    UsesDeck => "Kortlek: {deck}", "Deck: {deck}";
    NoDeck => "Ingen kortlek", "No deck";
    Roles => "Roller", "Roles";
    Preparation => "Förberedelser", "Preparation";
    Agenda => "Agenda", "Agenda";
    DrawsCards => "Drar {n} kort ur: {from}", "Draws {n} card(s) from: {from}";
    WholeDeck => "hela leken", "the whole deck";
    Captures => "Fångar: {fields}", "Captures: {fields}";
    FacilitatorNotes => "Anteckningar för samtalsledaren", "Notes for the facilitator";
    Errors => "{n} fel", "{n} errors";
    NoLine => "(ingen rad angiven)", "(no line given)";
    FileUnreadable => "Filens text kunde inte läsas.", "The file's text could not be read.";
    Search => "Sök", "Search";
    SearchHint => "Sök i titel, text och frågor", "Search titles, text and prompts";
    ClearSearch => "Rensa sökningen", "Clear search";
    AllCategories => "Alla kategorier", "All categories";
    Showing => "Visar {shown} av {total} kort", "Showing {shown} of {total} cards";
    NoMatches => "Inga kort matchar.", "No cards match.";
    Previous => "Föregående", "Previous";
    Next => "Nästa", "Next";
    Prompts => "Frågor", "Prompts";
    SuggestedTime => "Föreslagen tid: {n} min", "Suggested time: {n} min";
    CopiesCount => "{n} exemplar vid utskrift", "{n} copies when printed";
    DeckMissing => "Kortleken {id} finns inte längre i biblioteket.", "The deck {id} is no longer in the library.";
    Theme => "Tema", "Theme";
    ThemeLight => "Ljust", "Light";
    ThemeDark => "Mörkt", "Dark";
    ThemeHighContrast => "Hög kontrast", "High contrast";
    TextSize => "Textstorlek", "Text size";
    InterfaceLanguage => "Gränssnittets språk", "Interface language";
    SettingsSaved => "Inställningarna sparas automatiskt.", "Settings are saved automatically.";
    Keyboard => "Tangentbord", "Keyboard";
    KeyboardHelp => "Tabb flyttar mellan kontroller, Enter eller mellanslag väljer, Esc stänger ett öppet kort. Ctrl + och Ctrl − ändrar textstorleken.", "Tab moves between controls, Enter or Space activates, Esc closes an open card. Ctrl + and Ctrl − change the text size.";
    Print => "Skriv ut…", "Print…";
    PrintTitle => "Skriv ut: {deck}", "Print: {deck}";
    Paper => "Papper", "Paper";
    CardSize => "Kortstorlek", "Card size";
    CustomSize => "Egen storlek", "Custom size";
    WidthMm => "Bredd (mm)", "Width (mm)";
    HeightMm => "Höjd (mm)", "Height (mm)";
    Bleed => "Utfall (mm)", "Bleed (mm)";
    Backs => "Baksidor", "Backs";
    BacksLongEdge => "Dubbelsidigt, vänd längs långsidan", "Duplex, flip on long edge";
    BacksShortEdge => "Dubbelsidigt, vänd längs kortsidan", "Duplex, flip on short edge";
    BacksFold => "Vik: fram- och baksidor bredvid varandra", "Fold: fronts and backs side by side";
    BacksNone => "Inga baksidor", "No backs";
    CropMarks => "Skärmärken", "Crop marks";
    BackStyle => "Baksidans stil", "Back style";
    BackStyleDeck => "Som lekfilen säger ({style})", "As the deck file says ({style})";
    BackStyleOffice => "Kontor: vit med emblem (lite bläck, tål förskjutning)", "Office: white with an emblem (little ink, forgives a shift)";
    BackStyleFlood => "Helfärg: färg över hela baksidan (tryckeri)", "Flood: colour over the whole back (print shop)";
    LowInk => "Lite bläck: konturer i stället för färgfält", "Low ink: outlines instead of colour areas";
    Extras => "Startblad, förklaringskort och kort om leken", "Start sheet, legend card and credits card";
    OffsetX => "Flytta baksidor X (mm)", "Shift backs X (mm)";
    OffsetY => "Flytta baksidor Y (mm)", "Shift backs Y (mm)";
    Strict => "Avbryt om någon text inte får plats", "Stop if any text does not fit";
    OutputFile => "Spara som", "Save as";
    ExportPdf => "Exportera PDF", "Export PDF";
    ExportTestSheet => "Exportera justeringsark för dubbelsidig utskrift", "Export duplex alignment sheet";
    PerSheet => "{n} kort per ark", "{n} cards per sheet";
    PagesInfo => "{cards} kort på {sheets} ark, {pages} sidor i PDF:en", "{cards} cards on {sheets} sheets, {pages} pages in the PDF";
    Turned => "Korten vrids ett kvarts varv så att fler får plats.", "The cards are turned a quarter turn to fit more.";
    LogoProblem => "Leken skrivs ut utan sin logotyp: {error}", "The deck is printed without its logo: {error}";
    PreviewFront => "Första arket, framsida", "First sheet, front";
    PreviewBack => "Första arket, baksida", "First sheet, back";
    Overflow => "Texten får inte plats på de här korten (den kortas med …):", "The text does not fit on these cards (it is cut with …):";
    AllFits => "All text får plats.", "All text fits.";
    Exporting => "Exporterar {what} till {path}", "Exporting {what} to {path}";
    StageRendering => "Gör PDF:en…", "Making the PDF…";
    StageWriting => "Skriver filen…", "Writing the file…";
    Exported => "Sparad: {path} ({pages} sidor, {size} kB)", "Saved: {path} ({pages} pages, {size} kB)";
    ExportFailed => "Exporten misslyckades: {error}", "The export failed: {error}";
    ShowInFileManager => "Visa i mappen", "Show in folder";
    RevealFailed => "Kunde inte öppna mappen: {error}", "Could not open the folder: {error}";
    Guide => "Samtalsledarguide", "Facilitator guide";
    ExportGuide => "Exportera guide (PDF)", "Export guide (PDF)";
    StartTime => "Starttid", "Start time";
    BadSeed => "Fröet `{seed}` är inget heltal (0–18446744073709551615).", "The seed `{seed}` is not a whole number (0–18446744073709551615).";
    NoSuchWorkshop => "Workshoppen `{id}` finns inte i biblioteket.", "The workshop `{id}` is not in the library.";
    NoDataFolder => "Systemet anger ingen datamapp; sessioner kan inte sparas.", "The system names no data folder; sessions cannot be saved.";
    NoSession => "Ingen session är öppen.", "No session is open.";
    ProjectorTitle => "Innovationslek – projektor", "Innovationslek – projector";
    SaveFailed => "Kunde inte spara sessionen: {error}", "Could not save the session: {error}";
    ShortcutsTitle => "Kortkommandon", "Keyboard shortcuts";
    ShortcutStartPause => "Starta / pausa tiden", "Start / pause the timer";
    ShortcutNext => "Nästa steg", "Next step";
    ShortcutPrevious => "Föregående steg", "Previous step";
    ShortcutPlusOne => "En minut till", "One more minute";
    ShortcutPlusFive => "Fem minuter till", "Five more minutes";
    ShortcutMinusOne => "En minut mindre", "One minute less";
    ShortcutDraw => "Dra kort", "Draw cards";
    ShortcutKeep => "Behåll första kortet på bordet", "Keep the first card on the table";
    ShortcutDiscard => "Lägg första kortet på bordet i slänghögen", "Discard the first card on the table";
    ShortcutUndo => "Ångra senaste åtgärden (dragning, steg, tid, text …)", "Undo the last action (draw, step, timer, text …)";
    ShortcutRedo => "Gör om det som ångrades", "Redo what was undone";
    ShortcutReshuffle => "Blanda tillbaka slänghögen", "Shuffle the discards back";
    ShortcutProjector => "Öppna / stäng projektorfönstret", "Open / close the projector window";
    ShortcutFullscreen => "Helskärm för rummet (projektorfönstret, annars detta fönster)", "Full screen for the room (the projector window, otherwise this window)";
    ShortcutHelp => "Visa / dölj kortkommandon", "Show / hide shortcuts";
    ShortcutEscape => "Stäng hjälpen eller lämna helskärm", "Close the help or leave full screen";
    ShortcutBlank => "Svart skärm för rummet / visa igen", "Black screen for the room / show again";
    ShortcutRail => "Visa / dölj agendan", "Show / hide the agenda";
    Undo => "Ångra", "Undo";
    Redo => "Gör om", "Redo";
    UndoWhat => "Ångra: {what} (Ctrl+Z)", "Undo: {what} (Ctrl+Z)";
    RedoWhat => "Gör om: {what} (Ctrl+Shift+Z)", "Redo: {what} (Ctrl+Shift+Z)";
    NothingToUndo => "Inget att ångra", "Nothing to undo";
    NothingToRedo => "Inget att göra om", "Nothing to redo";
    ToastDone => "{what} · Ctrl+Z ångrar", "{what} · Ctrl+Z undoes";
    ToastUndid => "Ångrade: {what} · Ctrl+Shift+Z gör om", "Undone: {what} · Ctrl+Shift+Z redoes";
    ToastRedid => "Gjorde om: {what} · Ctrl+Z ångrar", "Redone: {what} · Ctrl+Z undoes";
    ActStarted => "Startade tiden", "Started the timer";
    ActPaused => "Pausade tiden", "Paused the timer";
    ActAddedMinutes => "La till {n} min", "Added {n} min";
    ActRemovedMinutes => "Tog bort {n} min", "Took away {n} min";
    ActWentTo => "Gick till steg {n}: {title}", "Went to step {n}: {title}";
    ActSkipped => "Hoppade över steg {n}: {title}", "Skipped step {n}: {title}";
    ActCompleted => "Steg {n} är klart: {title}", "Step {n} is done: {title}";
    ActFinished => "Avslutade workshoppen", "Finished the workshop";
    ActReopened => "Öppnade workshoppen igen", "Reopened the workshop";
    ActDrew => "Drog {n} kort", "Drew {n} cards";
    ActKept => "Behöll {card}", "Kept {card}";
    ActDiscarded => "Slängde {card}", "Discarded {card}";
    ActCleared => "Rensade bordet ({n} kort till slänghögen)", "Cleared the table ({n} cards to the discards)";
    ActReshuffled => "Blandade tillbaka {n} kort", "Shuffled {n} cards back";
    ActText => "Skrev i {field}", "Wrote in {field}";
    ActAddedItem => "La till en rad i {field}", "Added an item to {field}";
    ActEditedItem => "Ändrade en rad i {field}", "Changed an item in {field}";
    ActRemovedItem => "Tog bort en rad i {field}", "Removed an item from {field}";
    ActMovedItem => "Flyttade en rad i {field}", "Moved an item in {field}";
    ActChose => "Markerade en rad som vald i {field}", "Marked an item as chosen in {field}";
    ActUnchose => "Tog bort markeringen i {field}", "Unmarked an item in {field}";
    ActAddedRow => "La till en tabellrad i {field}", "Added a row to {field}";
    ActRemovedRow => "Tog bort en tabellrad i {field}", "Removed a row from {field}";
    ActMovedRow => "Flyttade en tabellrad i {field}", "Moved a row in {field}";
    ActEditedCell => "Skrev i en cell i {field}", "Wrote in a cell of {field}";
    ActAssignedRole => "Skrev in vem som har rollen {role}", "Wrote down who has the role {role}";
    ClearTable => "Rensa bordet", "Clear the table";
    ClearTableHint => "Lägger korten som ligger kvar på bordet i slänghögen; de behållna stannar (Ctrl+Z ångrar)", "Moves the cards still on the table to the discards; the kept ones stay (Ctrl+Z undoes)";
    CompleteStep => "Klar", "Done";
    CompleteStepHint => "Markera steget som klart utan att gå vidare", "Mark the step done without moving on";
    StepIsDone => "Klart", "Done";
    ReopenSession => "Öppna workshoppen igen", "Reopen the workshop";
    ReopenHint => "Workshoppen fortsätter där den slutade; sammanfattningen uppdateras", "The workshop goes on where it ended; the summary is updated";
    StateNotStarted => "inte startat", "not started";
    StateRunning => "pågår", "running";
    StatePaused => "pausat", "paused";
    StateVisited => "påbörjat, inte klart", "started, not done";
    StateDone => "klart", "done";
    StateSkipped => "överhoppat", "skipped";
    PlannedWas => "planerat {time}", "planned {time}";
    NoteWorkshopChanged => "Workshoppen `{workshop}` har ändrats sedan sessionen sparades; den nuvarande filen används.", "The workshop `{workshop}` changed since this session was saved; the current file is used.";
    NoteStepsMissing => "Steg som inte längre finns i workshoppen (deras tider finns kvar i filen): {ids}", "Steps no longer in the workshop (their timing is kept in the file): {ids}";
    NoteFieldsMissing => "Fält som inte längre finns i workshoppen (det som skrevs finns kvar och kommer med i sammanfattningen): {ids}", "Fields no longer in the workshop (what was written is kept and summarised): {ids}";
    NoteFromBackup => "Sessionsfilen {path} var skadad eller saknades; den förra sparningen lästes in. Ändringar efter den sparningen saknas.", "The session file {path} was damaged or missing; the previous save was loaded. Changes after that save are missing.";
    ErrLastStep => "Det här är sista steget: avsluta workshoppen i stället.", "This is the last step: finish the workshop instead.";
    ErrFirstStep => "Det här är första steget.", "This is the first step.";
    ErrNoSuchStep => "Steg {n} finns inte (workshoppen har {len} steg).", "There is no step {n} (the workshop has {len} steps).";
    ErrNoDeck => "Workshoppen har ingen kortlek att dra ur.", "This workshop has no deck to draw from.";
    ErrFinished => "Workshoppen är avslutad. Öppna den igen för att ändra något.", "The workshop has ended. Reopen it to change anything.";
    ErrBreak => "Det här steget är en paus: inga kort dras.", "This step is a break: no cards are drawn.";
    ErrUnknownField => "Workshoppen har inget fält `{field}`.", "The workshop has no field `{field}`.";
    ErrChangedKind => "Fältet `{field}` har bytt sort i workshoppen; det som sparats lämnas orört.", "The field `{field}` changed its kind in the workshop; what was saved is left as it is.";
    ErrCaptureRange => "Fältet `{field}` kunde inte ändras: rad {n} finns inte (det finns {len}).", "The field `{field}` could not be changed: there is no row {n} (there are {len}).";
    ErrCaptureKind => "Fältet `{field}` är av en annan sort än ändringen.", "The field `{field}` is of another kind than the change.";
    ErrZeroCount => "En dragning behöver minst ett kort.", "A draw needs at least one card.";
    ErrUnknownCategory => "Kortleken har ingen kategori `{id}` (kategorierna är: {known}).", "The deck has no category `{id}` (its categories: {known}).";
    ErrNotEnough => "Det går inte att dra {requested} kort: bara {available} kvar. Blanda tillbaka slänghögen (R) eller dra ur hela leken.", "Cannot draw {requested} cards: only {available} left. Shuffle the discards back (R) or draw from the whole deck.";
    ErrUnknownCard => "Kortleken har inget kort `{id}`.", "The deck has no card `{id}`.";
    ErrWrongPlace => "Kortet `{id}` ligger inte där ändringen väntar sig (det är {place}).", "The card `{id}` is not where the change expects it (it is {place}).";
    RolesBeforeTheDay => "Skriv gärna in vem som har rollerna redan före dagen; det sparas och följer med när workshoppen startar.", "You can write down who has the roles before the day; it is kept and goes with the workshop when it starts.";
    WhoHasRoleNamed => "Vem har rollen {role}?", "Who has the role {role}?";
    PreparedCount => "{done} av {total} klara (sparas till dagen)", "{done} of {total} done (kept until the day)";
    ShortcutsResting => "Du skriver utan att ett fält är valt: kortkommandona väntar tills du slutat skriva (Esc). Klicka i fältet du vill skriva i.", "You are typing with no field selected: the shortcuts wait until you stop typing (Esc). Click in the field you want to write in.";
    NotStarted => "Inte startad", "Not started";
    Paused => "Paus", "Paused";
    Running => "Pågår", "Running";
    MinutesLeft => "{n} min kvar", "{n} min left";
    NextUp => "Nästa: {step} · {time}", "Next: {step} · {time}";
    BreakUntil => "Paus till {time}", "Break until {time}";
    StepWindow => "{from}–{to} · klockan {now}", "{from}–{to} · now {now}";
    Budget => "Steget har {n} min", "The step has {n} min";
    BlankScreen => "Svart skärm", "Black screen";
    ShowScreen => "Visa skärmen", "Show the screen";
    FinishQuestion => "Avsluta workshoppen?", "Finish the workshop?";
    FinishExplained => "Tiden stannar och sammanfattningen visas. Allt som skrivits är sparat.", "The time stops and the summary is shown. Everything written is saved.";
    FinishSessionAsk => "Avsluta workshoppen…", "Finish the workshop…";
    SessionRunning => "{workshop} pågår", "{workshop} is running";
    StartAnotherExplained => "Vill du fortsätta {workshop} eller starta {new}? Den pågående sessionen är sparad och kan fortsättas senare från biblioteket.", "Do you want to continue {workshop} or start {new}? The running session is saved and can be continued later from the library.";
    ContinueRunning => "Fortsätt {workshop}", "Continue {workshop}";
    StartAnother => "Starta {workshop}", "Start {workshop}";
    Cancel => "Avbryt", "Cancel";
    KeepWorking => "Fortsätt arbeta", "Keep working";
    FromEarlierSteps => "Från tidigare steg", "From earlier steps";
    NoCardsYet => "Inga kort dragna i det här steget än.", "No cards drawn in this step yet.";
    EarlierCards => "Tidigare kort ({n})", "Earlier cards ({n})";
    DiscardedCard => "Slängt: {card}", "Discarded: {card}";
    ShowOnProjector => "Visa på projektorn", "Show on the projector";
    HideFromProjector => "Dölj på projektorn", "Hide from the projector";
    RowN => "Rad {n}", "Row {n}";
    RowUp => "Flytta rad {n} upp", "Move row {n} up";
    RowDown => "Flytta rad {n} ner", "Move row {n} down";
    RemoveRowN => "Ta bort rad {n}", "Remove row {n}";
    Close => "Stäng", "Close";
    SeedIs => "Frö: {seed}", "Seed: {seed}";
    PlannedActual => "({planned} / {actual} min)", "({planned} / {actual} min)";
    AheadBy => "{n} min före planen", "{n} min ahead of plan";
    BehindBy => "{n} min efter planen", "{n} min behind plan";
    OnTime => "Enligt planen", "On plan";
    EndTimes => "Planerat slut {planned} · väntat slut {expected}", "Planned end {planned} · expected end {expected}";
    FinishSession => "Avsluta workshoppen", "Finish the workshop";
    TimeUp => "Tiden är ute!", "Time is up!";
    Pause => "Pausa", "Pause";
    StartTimer => "Starta tiden", "Start the timer";
    PreviousStep => "Föregående", "Previous";
    NextStep => "Nästa", "Next";
    OpenProjector => "Öppna projektorfönster", "Open projector window";
    CloseProjector => "Stäng projektorfönster", "Close projector window";
    Fullscreen => "Helskärm", "Full screen";
    CardsHeading => "Kort", "Cards";
    DrawN => "Dra {n} kort ({from})", "Draw {n} cards ({from})";
    DrawFromDeck => "Dra 1 ur hela leken", "Draw 1 from the whole deck";
    Reshuffle => "Blanda tillbaka", "Reshuffle";
    PileInfo => "{left} kvar i högen · {discarded} slängda · frö {seed}", "{left} left in the pile · {discarded} discarded · seed {seed}";
    Kept => "Behållet", "Kept";
    KeepCard => "Behåll {card}", "Keep {card}";
    DiscardCard => "Släng {card}", "Discard {card}";
    Chosen => "Vald", "Chosen";
    Remove => "Ta bort", "Remove";
    NewItem => "Ny rad…", "New item…";
    NewItemFor => "Ny rad i {field}", "New item in {field}";
    AddTo => "Lägg till i {field}", "Add to {field}";
    RemoveRow => "Ta bort raden", "Remove the row";
    AddRow => "Lägg till rad", "Add row";
    AddRowTo => "Lägg till rad i {field}", "Add a row to {field}";
    SessionFinished => "{workshop} är avslutad", "{workshop} has ended";
    TotalsLine => "Planerat {planned} min · faktiskt {actual} min · {cards} kort dragna · {actions} åtgärder", "Planned {planned} min · actual {actual} min · {cards} cards drawn · {actions} actions";
    PlannedVsActual => "Planerad och faktisk tid per steg", "Planned and actual time per step";
    ExportSummary => "Spara sammanfattning (Markdown och PDF)", "Save summary (Markdown and PDF)";
    SavedFile => "Sparad: {path}", "Saved: {path}";
    ChartRow => "{step}: planerat {planned} min, faktiskt {actual} min", "{step}: planned {planned} min, actual {actual} min";
    BackToSession => "Till sessionen: {workshop}", "To the session: {workshop}";
    RunWorkshop => "Kör workshoppen", "Run the workshop";
    Seed => "Frö", "Seed";
    StartSession => "Starta", "Start";
    ResumeSession => "Fortsätt {workshop} från {time}", "Continue {workshop} from {time}";
    PastSessions => "Tidigare sessioner ({n})", "Past sessions ({n})";
    OpenSession => "Öppna {id}", "Open {id}";
    Finished => "avslutad", "finished";
    Unfinished => "pågår", "unfinished";
    LeaveFullscreen => "Esc: tillbaka till samtalsledarens vy", "Esc: back to the facilitator's view";
    WhoHasRole => "Vem har rollen? (namn, för sammanfattningen)", "Who has the role? (names, for the summary)";
    PrintAdvice => "Skriv ut i 100 % skala (inte \"anpassa till sidan\").", "Print at 100 % scale (not \"fit to page\").";
    SessionReadOnly => "Öppen i ett annat fönster av Innovationslek (process {pid}) — stäng det och välj Försök igen, eller öppna en kopia att arbeta vidare i. Här kan inget ändras. Om inget annat fönster har den öppen: ta bort {lock} och välj Försök igen.", "Open in another window of Innovationslek (process {pid}) — close it and choose Try again, or open a copy to work on. Nothing can be changed here. If no other window has it open: delete {lock} and choose Try again.";
    ReadOnlyTitle => "Skrivskyddad", "Read-only";
    TryAgain => "Försök igen", "Try again";
    OpenCopy => "Öppna en kopia", "Open a copy";
    SessionCopyOf => "En kopia av sessionen {id}: originalet ändras inte härifrån.", "A copy of the session {id}: the original is not changed from here.";
    // Dot votes and the matrix (src/ui/choosing.rs).
    ActVoted => "Gav en prick i {field}", "Gave a dot in {field}";
    ActUnvoted => "Tog bort en prick i {field}", "Took a dot away in {field}";
    ActCounted => "Skrev in antalet deltagare i {field}", "Wrote down how many vote in {field}";
    ActChoseTop => "Valde de främsta i {field}", "Chose the top items in {field}";
    ActDroppedVotes => "Släppte prickar i {field}", "Dropped dots in {field}";
    ActPlaced => "Placerade en idé i {field}", "Placed an item in {field}";
    ActUnplaced => "Tog av en idé från {field}", "Took an item off {field}";
    VotesBudget => "{given} av {budget} prickar givna ({people} personer × {dots})", "{given} of {budget} dots given ({people} people × {dots})";
    VotesGiven => "{given} prickar givna, {dots} per person", "{given} dots given, {dots} per person";
    VotesOver => "{n} fler än budgeten", "{n} more than the budget";
    VotesLeft => "{n} kvar", "{n} left";
    VoteParticipants => "Deltagare", "Participants";
    VoteParticipantsHint => "Hur många som röstar, för budgeten (0: inte angivet)", "How many people vote, for the budget (0: not given)";
    VoteRow => "{item}: {n} prickar", "{item}: {n} dots";
    VoteRowHint => "+ eller → ger en prick, − eller ← tar en; mellanslag markerar som vald", "+ or → gives a dot, − or ← takes one; space marks it chosen";
    VoteAdd => "Ge en prick till {item}", "Give {item} a dot";
    VoteRemove => "Ta en prick från {item}", "Take a dot from {item}";
    VoteChoose => "Vald: {item}", "Chosen: {item}";
    VoteTied => "delad {rank}", "tied {rank}";
    VoteChooseTop => "Välj de {n} främsta", "Choose the top {n}";
    VoteChooseTopOne => "Välj den främsta", "Choose the top one";
    VoteChooseTopHint => "Markerar idéerna på plats 1 till {n} som valda (delade platser räknas med) och inga andra; Ctrl+Z ångrar", "Marks the items ranked 1 to {n} as chosen (ties included) and no others; Ctrl+Z undoes";
    VoteChooseCount => "Hur många som väljs", "How many to choose";
    VoteNoItems => "Skriv idéer i {list} först: här röstar gruppen på dem.", "Write items in {list} first: the group votes on them here.";
    VoteGone => "Prickar på idéer som inte längre finns i listan", "Dots on items no longer in the list";
    VoteDrop => "Släpp {item}", "Drop {item}";
    VoteNoDots => "Inga prickar än", "No dots yet";
    MatrixHint => "Dra idéerna till en ruta, eller välj en med Tab och flytta den med pilarna; Delete tar av den", "Drag the items to a cell, or pick one with Tab and move it with the arrow keys; Delete takes it off";
    MatrixUnplaced => "Inte placerade ({n})", "Not placed ({n})";
    MatrixGone => "Placerade men inte längre i listan", "Placed but no longer in the list";
    MatrixItem => "{item}: {cell}", "{item}: {cell}";
    MatrixNotPlaced => "inte placerad", "not placed";
    MatrixCell => "{x} {xl}, {y} {yl}", "{x} {xl}, {y} {yl}";
    MatrixLow => "låg", "low";
    MatrixHigh => "hög", "high";
    MatrixTakeOff => "Ta av {item}", "Take {item} off";
    MatrixNoItems => "Skriv idéer i {list} först: här placerar gruppen dem.", "Write items in {list} first: the group places them here.";
    MoreItems => "+{n} till", "+{n} more";
    ErrNotInList => "{field}: listan har ingen idé \"{item}\" (den kan just ha tagits bort eller bytt namn)", "{field}: the list has no item \"{item}\" (it may just have been removed or renamed)";
    ErrStillInList => "{field}: \"{item}\" finns kvar i listan; ta bort prickarna en och en i stället", "{field}: \"{item}\" is still in the list; take its dots away one by one instead";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for key in Key::ALL {
            let [sv, en] = key.texts();
            assert!(!sv.trim().is_empty(), "{key:?} has no Swedish text");
            assert!(!en.trim().is_empty(), "{key:?} has no English text");
            // The placeholders must be the same in both, or a value would go missing.
            let names = |text: &str| {
                let mut names: Vec<String> = text
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(n, _)| n.to_owned()))
                    .collect();
                names.sort();
                names
            };
            assert_eq!(names(sv), names(en), "{key:?} has different placeholders");
        }
    }

    #[test]
    fn system_language_follows_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Language::from_env(env(&[])), Language::Swedish);
        assert_eq!(
            Language::from_env(env(&[("LANG", "en_US.UTF-8")])),
            Language::English
        );
        assert_eq!(
            Language::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "sv_SE.UTF-8")])),
            Language::Swedish
        );
        assert_eq!(
            Language::from_env(env(&[("LC_MESSAGES", "en_GB"), ("LANG", "sv_SE")])),
            Language::English
        );
    }

    #[test]
    fn fills_placeholders() {
        let text = Language::English.tr(Key::Showing);
        assert_eq!(
            fill(text, &[("shown", &3), ("total", &53)]),
            "Showing 3 of 53 cards"
        );
    }
}
