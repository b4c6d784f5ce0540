//! The print dialog: every export option of the command line, a live preview of the first sheet
//! (front and back) drawn from [`crate::pdf::layout`] and [`crate::pdf::face`], the cards per
//! sheet and page count, the cards whose text does not fit, and the export itself.
//!
//! The preview is a view model ([`Preview`]) built from the deck and the options and kept until
//! either changes; drawing it only paints its items. Exporting, showing a card and opening a
//! folder are commands the app carries out (the export runs in a background thread).

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Color32, RichText, Sense, Stroke, StrokeKind, vec2};

use super::Ctx;
use super::card_face::{ScreenFromMm, paint_items_ui};
use super::command::{Command, View};
use super::i18n::{Key, Language, LocalNumbers, fill};
use crate::i18n::Localized;
use crate::jobs::{ExportDone, Stage};
use crate::model::{Deck, SourceFile};
use crate::pdf::items::{Color, Item, Stroke as ItemStroke};
use crate::pdf::{
    BackStyle, BacksMode, CardSize, DeckFaces, Ink, Offset, PageKind, Paper, PdfError, PdfOptions,
    Placement, SheetLayout, SheetPage, Slot, back_style_words, back_underlays, deck_faces,
    printed_faces,
};

/// Which card size is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardChoice {
    /// One of [`CardSize::PRESETS`], by index.
    Preset(usize),
    /// The custom width and height.
    Custom,
}

/// The print dialog's state: the options as the user set them, and the cached preview.
#[derive(Debug, Clone)]
pub struct PrintState {
    /// The deck printed.
    pub deck_id: String,
    /// Paper size.
    pub paper: Paper,
    /// Card size choice.
    pub card: CardChoice,
    /// Custom card width in mm.
    pub custom_width: f32,
    /// Custom card height in mm.
    pub custom_height: f32,
    /// Bleed in mm.
    pub bleed: f32,
    /// Where the backs go.
    pub backs: BacksMode,
    /// Whether crop marks are drawn.
    pub crop_marks: bool,
    /// Shift of the backs in mm.
    pub offset: [f32; 2],
    /// Whether cards whose text does not fit stop the export.
    pub strict: bool,
    /// The back style; `None` takes the deck's.
    pub back_style: Option<BackStyle>,
    /// Outlines instead of colour areas.
    pub low_ink: bool,
    /// Whether the start sheet, legend and credits cards are printed.
    pub extras: bool,
    /// The output file, as typed.
    pub output: String,
    /// The export outcome last scrolled into view ([`ExportStatus::ended`]).
    seen_outcome: u64,
    preview: Option<CachedPreview>,
    /// Every printed face laid out, kept while the deck's file and the options that shape a
    /// face stay the same (paper, backs, crop marks, offset and strict do not re-fit any text).
    faces: Option<CachedFaces>,
    /// How often the faces were laid out (tests check the cache with it).
    faces_built: usize,
    /// The deck's logo as read for the preview (kept until the deck's file changes).
    logo: Option<CachedLogo>,
}

/// The deck's logo read from its folder, or why it could not be; `None` when the deck names
/// none.
type LogoResult = Option<Result<Arc<crate::pdf::logo::Logo>, PdfError>>;

/// Why the print preview cannot be shown; said in the interface's language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PreviewError {
    /// The options do not fit (the message says which and what to do).
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The deck has no cards to lay out.
    #[error("the deck has no cards")]
    NoCards,
}

impl Localized for PreviewError {
    fn message(&self, language: Language) -> String {
        match self {
            PreviewError::Pdf(e) => e.message(language),
            PreviewError::NoCards => language.tr(Key::PreviewNoCards).into(),
        }
    }
}

#[derive(Debug, Clone)]
struct CachedLogo {
    source: Arc<SourceFile>,
    logo: LogoResult,
}

#[derive(Debug, Clone)]
struct CachedFaces {
    source: Arc<SourceFile>,
    /// The options with everything a face does not depend on set to its default.
    shaping: PdfOptions,
    faces: Arc<DeckFaces>,
}

/// `options` with what does not change a laid-out face (paper, where the backs go, crop
/// marks, offset, strict) set to the defaults: two options with equal shaping lay out every
/// face the same.
fn face_shaping(options: &PdfOptions) -> PdfOptions {
    PdfOptions {
        card: options.card,
        bleed: options.bleed,
        back_style: options.back_style,
        ink: options.ink,
        extras: options.extras,
        logo: options.logo.clone(),
        ..PdfOptions::default()
    }
}

#[derive(Debug, Clone)]
struct CachedPreview {
    source: Arc<SourceFile>,
    options: PdfOptions,
    preview: Result<Arc<Preview>, PreviewError>,
}

/// What the preview shows: the first sheet laid out, with its cards' items.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The sheet layout.
    pub layout: SheetLayout,
    /// The first page (fronts, and backs too in fold mode).
    pub front_page: SheetPage,
    /// The first back page (duplex modes).
    pub back_page: Option<SheetPage>,
    /// Cards printed (copies included).
    pub printed: usize,
    /// Ids of cards whose text does not fit, in deck order.
    pub overflow: Vec<String>,
    /// The front items of each printed card on the first page, by printed index.
    fronts: Vec<(usize, Vec<Item>)>,
    /// The back items of each printed card on the first page's backs, by printed index.
    backs: Vec<(usize, Vec<Item>)>,
    /// The flood past the outer cuts on the first back page (flood backs only).
    underlays: Vec<Item>,
    /// Pages in the PDF.
    pages: usize,
    /// Sheets of paper.
    sheets: usize,
    /// Why the deck's logo cannot be used (the export leaves it out too).
    pub logo_problem: Option<PdfError>,
}

impl Preview {
    /// Lays out the first sheet of `deck` with `options`.
    pub fn build(deck: &Deck, options: &PdfOptions) -> Result<Preview, PreviewError> {
        options.validate()?;
        let laid = deck_faces(deck, options, None);
        Preview::build_with(deck, options, &laid)
    }

    /// Lays out the first sheet of `deck` with `options`, from its faces already laid out
    /// with the same card size, bleed, back style, ink, extras and logo.
    fn build_with(
        deck: &Deck,
        options: &PdfOptions,
        laid: &DeckFaces,
    ) -> Result<Preview, PreviewError> {
        options.validate()?;
        let layout = SheetLayout::compute(options)?;
        let faces = printed_faces(deck, options);
        let mut pages = layout.pages(faces.len()).into_iter();
        let front_page = pages.next().ok_or(PreviewError::NoCards)?;
        let back_page = pages.next().filter(|p| p.kind == PageKind::Backs);
        let shown: Vec<usize> = front_page.fronts.iter().map(|(i, _)| *i).collect();
        let fronts = shown
            .iter()
            .map(|i| (*i, laid.fronts[*i].clone()))
            .collect();
        let back_slots: Vec<(usize, Slot)> = match &back_page {
            Some(p) => p.backs.clone(),
            None => front_page.backs.clone(),
        };
        let backs = back_slots
            .iter()
            .map(|(i, _)| (*i, laid.backs[laid.back_of[*i]].0.clone()))
            .collect();
        let floods: Vec<(Slot, Color)> = back_slots
            .iter()
            .filter_map(|(i, slot)| laid.backs[laid.back_of[*i]].1.map(|c| (*slot, c)))
            .collect();
        let underlays = if options.backs == BacksMode::None {
            Vec::new()
        } else {
            back_underlays(&floods, options.bleed)
        };
        // A card printed in several copies is named once (a set, not a search of the list).
        let mut named = std::collections::HashSet::new();
        let mut overflow = Vec::new();
        for (i, face) in faces.iter().enumerate() {
            if let crate::pdf::Printed::Card(card, _) = face
                && !laid.fits[i]
                && named.insert(card.id.as_str())
            {
                overflow.push(card.id.clone());
            }
        }
        let printed = faces
            .iter()
            .filter(|f| matches!(f, crate::pdf::Printed::Card(..)))
            .count();
        Ok(Preview {
            printed,
            pages: crate::pdf::pages_for(deck, &layout, options),
            sheets: crate::pdf::sheets_for(deck, &layout, options),
            layout,
            front_page,
            back_page,
            overflow,
            fronts,
            backs,
            underlays,
            logo_problem: None,
        })
    }

    /// The back items of the first page's backs, by printed index.
    pub fn back_faces(&self) -> &[(usize, Vec<Item>)] {
        &self.backs
    }

    /// Cards per sheet.
    pub fn cards_per_sheet(&self) -> usize {
        self.layout.cards_per_sheet()
    }

    /// Sheets of paper (the start sheet included).
    pub fn sheets(&self) -> usize {
        self.sheets
    }

    /// Pages in the PDF.
    pub fn pages(&self) -> usize {
        self.pages
    }
}

impl PrintState {
    /// The dialog for `deck_id` with the command line's defaults, writing to `output`.
    pub fn new(deck_id: impl Into<String>, output: PathBuf) -> PrintState {
        PrintState {
            deck_id: deck_id.into(),
            paper: Paper::A4,
            card: CardChoice::Preset(0),
            custom_width: 63.0,
            custom_height: 88.0,
            bleed: 0.0,
            backs: BacksMode::LongEdge,
            crop_marks: true,
            offset: [0.0, 0.0],
            strict: false,
            back_style: None,
            low_ink: false,
            extras: true,
            output: output.display().to_string(),
            seen_outcome: 0,
            preview: None,
            faces: None,
            faces_built: 0,
            logo: None,
        }
    }

    /// The chosen card size.
    pub fn card_size(&self) -> CardSize {
        match self.card {
            CardChoice::Preset(i) => CardSize::PRESETS.get(i).map_or(CardSize::POKER, |p| p.1),
            CardChoice::Custom => CardSize::new(self.custom_width, self.custom_height),
        }
    }

    /// The export options as set.
    pub fn options(&self) -> PdfOptions {
        PdfOptions {
            paper: self.paper,
            card: self.card_size(),
            bleed: self.bleed,
            backs: self.backs,
            crop_marks: self.crop_marks,
            offset: Offset {
                x: self.offset[0],
                y: self.offset[1],
            },
            strict: self.strict,
            back_style: self.back_style,
            ink: if self.low_ink { Ink::Low } else { Ink::Full },
            extras: self.extras,
            logo: None,
        }
    }

    /// The preview for the current options (rebuilt when they or the deck change).
    pub fn preview(
        &mut self,
        deck: &Deck,
        source: &Arc<SourceFile>,
    ) -> Result<Arc<Preview>, PreviewError> {
        let options = self.options();
        let fresh = self
            .preview
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(&c.source, source) && c.options == options);
        if !fresh {
            let logo = self.logo(deck, source);
            let mut with_logo = options.clone();
            let mut logo_problem = None;
            match logo {
                Some(Ok(logo)) => with_logo.logo = Some(logo),
                Some(Err(e)) => logo_problem = Some(e),
                None => {}
            }
            let preview = match with_logo.validate() {
                Ok(()) => {
                    let faces = self.faces(deck, source, &with_logo);
                    Preview::build_with(deck, &with_logo, &faces)
                }
                Err(e) => Err(e.into()),
            };
            self.preview = Some(CachedPreview {
                source: Arc::clone(source),
                preview: preview.map(|mut p| {
                    p.logo_problem = logo_problem;
                    Arc::new(p)
                }),
                options,
            });
        }
        self.preview
            .as_ref()
            .map_or(Err(PreviewError::NoCards), |c| c.preview.clone())
    }
}

impl PrintState {
    /// How many times every face of the deck was laid out for the preview.
    pub fn faces_built(&self) -> usize {
        self.faces_built
    }

    /// Every printed face laid out for `options` (the fit of every card is needed for the list
    /// of cards that do not fit), again only when the deck's file or a shaping option changed.
    fn faces(
        &mut self,
        deck: &Deck,
        source: &Arc<SourceFile>,
        options: &PdfOptions,
    ) -> Arc<DeckFaces> {
        let shaping = face_shaping(options);
        if let Some(cached) = &self.faces
            && Arc::ptr_eq(&cached.source, source)
            && cached.shaping == shaping
        {
            return Arc::clone(&cached.faces);
        }
        let faces = Arc::new(deck_faces(deck, options, None));
        self.faces_built += 1;
        self.faces = Some(CachedFaces {
            source: Arc::clone(source),
            shaping,
            faces: Arc::clone(&faces),
        });
        faces
    }

    /// The deck's logo from its folder (read once for each version of the deck's file), as the
    /// export reads it.
    fn logo(&mut self, deck: &Deck, source: &Arc<SourceFile>) -> LogoResult {
        let fresh = self
            .logo
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(&c.source, source));
        if !fresh {
            let logo = deck
                .back
                .as_ref()
                .and_then(|b| b.logo.as_deref())
                .map(|name| crate::pdf::logo::load(&source.path, name).map(Arc::new));
            self.logo = Some(CachedLogo {
                source: Arc::clone(source),
                logo,
            });
        }
        self.logo.as_ref().and_then(|c| c.logo.clone())
    }
}

fn backs_key(mode: BacksMode) -> Key {
    match mode {
        BacksMode::LongEdge => Key::BacksLongEdge,
        BacksMode::ShortEdge => Key::BacksShortEdge,
        BacksMode::Fold => Key::BacksFold,
        BacksMode::None => Key::BacksNone,
    }
}

/// The print dialog, with the deck looked up in the app's library.
pub fn print_view_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let language = cx.state.language;
    let status = export_status(cx);
    let Ctx { view, library, .. } = cx;
    let View::Print(state) = view else {
        return Vec::new();
    };
    let Some(deck) = library.deck(&state.deck_id) else {
        let text = fill(language.tr(Key::DeckMissing), &[("id", &state.deck_id)]);
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
        return Vec::new();
    };
    print_ui(ui, language, &deck.value, &deck.source, state, &status)
}

/// What the export area shows: a running job, or the last outcome.
#[derive(Debug, Clone, Default)]
pub struct ExportStatus {
    /// The running job's description, path and stage.
    pub running: Option<(crate::i18n::UserMessage, PathBuf, Stage)>,
    /// The last finished export.
    pub last: Option<Result<ExportDone, crate::jobs::ExportError>>,
    /// How many exports have ended (see [`App::exports_ended`]).
    pub ended: u64,
    /// The file or folder that could not be opened, and why.
    pub reveal_error: Option<(PathBuf, crate::i18n::UserMessage)>,
    /// Why the save dialog could not be shown.
    pub dialog_error: Option<crate::i18n::UserMessage>,
}

/// The export status of the app, for the views.
pub fn export_status(cx: &Ctx<'_>) -> ExportStatus {
    ExportStatus {
        running: cx
            .export_job
            .as_ref()
            .map(|j| (j.what.clone(), j.path.clone(), j.stage())),
        last: cx.last_export.clone(),
        ended: cx.exports_ended,
        reveal_error: cx.reveal_error.clone(),
        dialog_error: cx.dialog_error.clone(),
    }
}

/// The running or finished export, with a way to open the folder.
pub fn export_status_ui(
    ui: &mut egui::Ui,
    language: Language,
    status: &ExportStatus,
    commands: &mut Vec<Command>,
) {
    let tr = |key| language.tr(key);
    if let Some((what, path, stage)) = &status.running {
        ui.horizontal_top(|ui| {
            ui.spinner();
            // A long path wraps instead of widening the panel.
            ui.add(
                egui::Label::new(fill(
                    tr(Key::Exporting),
                    &[("what", &what.message(language)), ("path", &path.display())],
                ))
                .wrap(),
            );
        });
        ui.label(
            RichText::new(tr(match stage {
                Stage::Rendering => Key::StageRendering,
                Stage::Writing => Key::StageWriting,
            }))
            .weak(),
        );
        return;
    }
    match &status.last {
        Some(Ok(done)) => {
            ui.label(
                RichText::new(fill(
                    tr(Key::Exported),
                    &[
                        ("path", &done.path.display()),
                        ("pages", &done.pages),
                        ("size", &done.bytes.div_ceil(1024)),
                    ],
                ))
                .strong(),
            );
            for warning in &done.warnings {
                ui.label(
                    RichText::new(warning.message(language)).color(ui.visuals().warn_fg_color),
                );
            }
            ui.horizontal(|ui| {
                let open =
                    super::home::icon_button(ui, true, crate::icons::FILE_PDF, &tr(Key::OpenPdf));
                if open.clicked() {
                    commands.push(Command::OpenFile(done.path.clone()));
                }
                let reveal = super::home::icon_button(
                    ui,
                    true,
                    crate::icons::FOLDER_OPEN,
                    &tr(Key::ShowInFileManager),
                );
                if reveal.clicked() {
                    commands.push(Command::RevealFolder(done.path.clone()));
                }
            });
        }
        Some(Err(error)) => {
            ui.label(
                RichText::new(fill(
                    tr(Key::ExportFailed),
                    &[("error", &error.message(language))],
                ))
                .color(ui.visuals().error_fg_color),
            );
        }
        None => {}
    }
    if let Some((path, error)) = &status.reveal_error {
        super::home::open_failed_ui(ui, language, path, &error.message(language), commands);
    }
}

/// The print dialog for `deck`.
pub fn print_ui(
    ui: &mut egui::Ui,
    language: Language,
    deck: &Deck,
    source: &Arc<SourceFile>,
    state: &mut PrintState,
    status: &ExportStatus,
) -> Vec<Command> {
    let tr = |key| language.tr(key);
    let mut commands = Vec::new();
    ui.heading(RichText::new(fill(tr(Key::PrintTitle), &[("deck", &deck.title)])).strong());
    ui.add_space(4.0);
    let preview = state.preview(deck, source);
    egui::Panel::left("print-options")
        .resizable(true)
        .default_size(380.0)
        .size_range(300.0..=560.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("print-options-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    options_ui(ui, language, deck, state);
                    ui.add_space(10.0);
                    ui.separator();
                    let busy = status.running.is_some();
                    ui.horizontal(|ui| {
                        let label = ui.label(tr(Key::OutputFile));
                        ui.add(
                            egui::TextEdit::singleline(&mut state.output)
                                .desired_width((ui.available_width() - 90.0).max(120.0)),
                        )
                        .labelled_by(label.id);
                        let choose = super::home::icon_button(
                            ui,
                            !busy,
                            crate::icons::FLOPPY_DISK,
                            &tr(Key::ChooseSaveAs),
                        );
                        if choose.clicked() {
                            commands
                                .push(Command::ChooseSaveFile(PathBuf::from(state.output.trim())));
                        }
                    });
                    if let Some(error) = &status.dialog_error {
                        ui.colored_label(ui.visuals().warn_fg_color, error.message(language));
                    }
                    let export = ui.add_enabled(
                        !busy && preview.is_ok(),
                        egui::Button::new(RichText::new(tr(Key::ExportPdf)).size(18.0)),
                    );
                    if export.clicked() {
                        commands.push(Command::ExportDeck {
                            deck_id: deck.id.clone(),
                            options: state.options(),
                            path: PathBuf::from(state.output.trim()),
                        });
                    }
                    // The outcome right under the button that asked for it, scrolled into
                    // view when a new one arrives (the options above are taller than a
                    // small window).
                    let outcome =
                        ui.scope(|ui| export_status_ui(ui, language, status, &mut commands));
                    if status.ended != state.seen_outcome {
                        state.seen_outcome = status.ended;
                        outcome.response.scroll_to_me(Some(egui::Align::Center));
                    }
                    if ui
                        .add_enabled(!busy, egui::Button::new(tr(Key::ExportTestSheet)))
                        .clicked()
                    {
                        let path = PathBuf::from(state.output.trim())
                            .with_file_name(crate::paths::TEST_SHEET_NAME);
                        commands.push(Command::ExportTestSheet {
                            options: state.options(),
                            path,
                        });
                    }
                    ui.label(RichText::new(tr(Key::PrintAdvice)).weak());
                });
        });
    egui::CentralPanel::default().show(ui, |ui| match &preview {
        Err(error) => {
            ui.label(RichText::new(error.message(language)).color(ui.visuals().error_fg_color));
        }
        Ok(preview) => {
            ui.label(
                RichText::new(fill(
                    tr(Key::PerSheet),
                    &[("n", &preview.cards_per_sheet())],
                ))
                .strong()
                .size(18.0),
            );
            ui.label(fill(
                tr(Key::PagesInfo),
                &[
                    ("cards", &preview.printed),
                    ("sheets", &preview.sheets()),
                    ("pages", &preview.pages()),
                ],
            ));
            if preview.layout.cards_turned {
                ui.label(RichText::new(tr(Key::Turned)).weak());
            }
            if let Some(problem) = &preview.logo_problem {
                ui.label(
                    RichText::new(fill(
                        tr(Key::LogoProblem),
                        &[("error", &problem.message(language))],
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
            }
            if preview.overflow.is_empty() {
                ui.label(RichText::new(tr(Key::AllFits)).weak());
            } else {
                ui.label(RichText::new(tr(Key::Overflow)).color(ui.visuals().warn_fg_color));
                ui.horizontal_wrapped(|ui| {
                    for id in &preview.overflow {
                        if ui.link(id).clicked() {
                            commands.push(Command::ShowCard {
                                deck_id: deck.id.clone(),
                                card_id: id.clone(),
                            });
                        }
                    }
                });
            }
            ui.add_space(6.0);
            sheets_ui(ui, language, preview);
        }
    });
    commands
}

fn options_ui(ui: &mut egui::Ui, language: Language, deck: &Deck, state: &mut PrintState) {
    let tr = |key| language.tr(key);
    ui.label(RichText::new(tr(Key::Paper)).strong());
    ui.horizontal(|ui| {
        for paper in Paper::ALL {
            ui.radio_value(&mut state.paper, paper, paper.label());
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr(Key::CardSize)).strong());
    for (i, (_, size)) in CardSize::PRESETS.iter().enumerate() {
        ui.radio_value(
            &mut state.card,
            CardChoice::Preset(i),
            size.message().message(language),
        );
    }
    ui.radio_value(&mut state.card, CardChoice::Custom, tr(Key::CustomSize));
    if state.card == CardChoice::Custom {
        ui.horizontal(|ui| {
            let label = ui.label(tr(Key::WidthMm));
            ui.add(
                egui::DragValue::new(&mut state.custom_width)
                    .range(20.0..=300.0)
                    .speed(0.5)
                    .local_numbers(language),
            )
            .labelled_by(label.id);
            let label = ui.label(tr(Key::HeightMm));
            ui.add(
                egui::DragValue::new(&mut state.custom_height)
                    .range(20.0..=300.0)
                    .speed(0.5)
                    .local_numbers(language),
            )
            .labelled_by(label.id);
        });
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(tr(Key::Bleed)).strong());
        ui.add(
            egui::Slider::new(&mut state.bleed, 0.0..=5.0)
                .step_by(0.5)
                .suffix(" mm")
                .local_numbers(language),
        )
        .labelled_by(label.id);
    });
    ui.checkbox(&mut state.crop_marks, tr(Key::CropMarks));
    ui.add_space(6.0);
    ui.label(RichText::new(tr(Key::Backs)).strong());
    for mode in BacksMode::ALL {
        ui.radio_value(&mut state.backs, mode, tr(backs_key(mode)));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr(Key::BackStyle)).strong());
    let deck_style = deck.back.as_ref().and_then(|b| b.style).unwrap_or_default();
    ui.radio_value(
        &mut state.back_style,
        None,
        fill(
            tr(Key::BackStyleDeck),
            &[("style", &back_style_words(deck_style).message(language))],
        ),
    );
    ui.radio_value(
        &mut state.back_style,
        Some(BackStyle::Office),
        tr(Key::BackStyleOffice),
    );
    ui.radio_value(
        &mut state.back_style,
        Some(BackStyle::Flood),
        tr(Key::BackStyleFlood),
    );
    ui.checkbox(&mut state.low_ink, tr(Key::LowInk));
    ui.checkbox(&mut state.extras, tr(Key::Extras));
    ui.add_space(6.0);
    for (i, key) in [Key::OffsetX, Key::OffsetY].into_iter().enumerate() {
        ui.horizontal(|ui| {
            let label = ui.label(tr(key));
            ui.add(
                egui::DragValue::new(&mut state.offset[i])
                    .range(-20.0..=20.0)
                    .speed(0.1)
                    .max_decimals(1)
                    .suffix(" mm")
                    .local_numbers(language),
            )
            .labelled_by(label.id);
        });
    }
    ui.checkbox(&mut state.strict, tr(Key::Strict));
}

/// The first sheet's front and back, side by side, scaled to the space available.
fn sheets_ui(ui: &mut egui::Ui, language: Language, preview: &Preview) {
    let layout = &preview.layout;
    let two = preview.back_page.is_some();
    let gap = 24.0;
    let available = ui.available_size() - vec2(0.0, 28.0);
    let sheets = if two { 2.0 } else { 1.0 };
    let scale = ((available.x - gap * (sheets - 1.0)) / (layout.paper_width * sheets))
        .min(available.y / layout.paper_height)
        .max(0.3);
    let size = vec2(layout.paper_width * scale, layout.paper_height * scale);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        sheet_ui(
            ui,
            &language.tr(Key::PreviewFront),
            preview,
            &preview.front_page,
            size,
            scale,
        );
        if let Some(back_page) = &preview.back_page {
            sheet_ui(
                ui,
                &language.tr(Key::PreviewBack),
                preview,
                back_page,
                size,
                scale,
            );
        }
    });
}

fn sheet_ui(
    ui: &mut egui::Ui,
    title: &str,
    preview: &Preview,
    page: &SheetPage,
    size: egui::Vec2,
    scale: f32,
) {
    ui.vertical(|ui| {
        ui.label(RichText::new(title).strong());
        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
        let painter = ui.painter_at(rect.expand(1.0));
        painter.rect_filled(rect, 0.0, Color32::WHITE);
        painter.rect_stroke(
            rect,
            0.0,
            Stroke::new(1.0, Color32::from_gray(120)),
            StrokeKind::Outside,
        );
        let screen = ScreenFromMm {
            origin: rect.min,
            scale,
        };
        for (index, slot) in &page.fronts {
            if let Some((_, items)) = preview.fronts.iter().find(|(i, _)| i == index) {
                paint_items_ui(&painter, items, slot.placement(), screen);
            }
        }
        if !page.backs.is_empty() {
            paint_items_ui(&painter, &preview.underlays, Placement::SHEET, screen);
        }
        for (index, slot) in &page.backs {
            if let Some((_, items)) = preview.backs.iter().find(|(i, _)| i == index) {
                paint_items_ui(&painter, items, slot.placement(), screen);
            }
        }
        let marks: Vec<Item> = page
            .crop_marks
            .iter()
            .map(|m| Item::line(m.from, m.to, ItemStroke::solid(Color::BLACK, 0.2)))
            .chain(page.fold_line.iter().map(|f| {
                Item::line(
                    f.from,
                    f.to,
                    ItemStroke::dashed(Color::GREY, 0.25, 2.0, 1.5),
                )
            }))
            .collect();
        paint_items_ui(&painter, &marks, Placement::SHEET, screen);
    });
}
