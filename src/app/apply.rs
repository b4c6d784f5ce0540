//! Carrying out the commands the views return.

use super::*;

impl App {
    /// Carries out a command.
    pub fn apply(&mut self, command: Command) {
        // Before the first library has been read, starting or resuming a workshop waits for
        // it (a few seconds at most), rather than saying the workshop does not exist.
        if matches!(
            command,
            Command::OpenSession(_) | Command::StartSession { .. }
        ) && self.is_loading()
            && self.loaded_at.is_empty()
        {
            self.wait_for_library(std::time::Duration::from_secs(10));
        }
        match command {
            Command::Select(selection) => {
                self.library_view = LibraryViewState::default();
                // A file is selected to see its problems: show the first one's lines at once.
                if matches!(selection, Selection::File(_)) {
                    self.library_view.diagnostic = Some(0);
                }
                self.selection = Some(selection);
            }
            Command::BrowseDeck(id) => self.show(View::Browser(BrowserState::new(id))),
            Command::ShowCard { deck_id, card_id } => {
                let mut browser = BrowserState::new(deck_id.as_str());
                browser.open = self
                    .library
                    .deck(&deck_id)
                    .and_then(|d| d.value.cards.iter().position(|c| c.id == card_id));
                self.show(View::Browser(browser));
            }
            Command::PrintDeck(id) => {
                let output = self.output_path(&crate::paths::deck_pdf_name(&id));
                self.show(View::Print(PrintState::new(id, output)));
            }
            Command::ExportDeck {
                deck_id,
                options,
                path,
            } => {
                if let Some(deck) = self.library.deck(&deck_id) {
                    let file = deck.source.path.clone();
                    let deck = deck.value.clone();
                    let title = deck.title.clone();
                    let what = UserMessage::worded(move |_| title.clone());
                    self.start_export(what, path, move || {
                        let mut options = options;
                        let logo = crate::pdf::logo::attach(&deck, &file, &mut options).err();
                        let mut export = crate::pdf::export_deck(&deck, &options)?;
                        export
                            .warnings
                            .extend(logo.map(|e| crate::pdf::Warning::Logo(e.into_message())));
                        Ok(export)
                    });
                }
            }
            Command::ExportTestSheet { options, path } => {
                let what = Key::ExportTestSheet.into();
                let language = self.state.language;
                self.start_export(what, path, move || {
                    crate::pdf::export_test_sheet(&options, language)
                });
            }
            Command::ExportGuide {
                workshop_id,
                start,
                path,
            } => match crate::clock::parse_minutes(&start) {
                Err(e) => {
                    self.last_export = Some(Err(e.into()));
                    self.exports_ended += 1;
                }
                Ok(start_minutes) => {
                    if let Some(workshop) = self.library.workshop(&workshop_id) {
                        let workshop = workshop.value.clone();
                        let deck = workshop
                            .deck
                            .as_deref()
                            .and_then(|id| self.library.deck(id))
                            .map(|d| d.value.clone());
                        let title = workshop.title.clone();
                        let what = UserMessage::worded(move |language| {
                            format!("{}: {title}", language.tr(Key::Guide))
                        });
                        self.start_export(what, path, move || {
                            crate::pdf::export_guide(
                                &workshop,
                                deck.as_ref(),
                                &crate::pdf::GuideOptions { start_minutes },
                            )
                        });
                    }
                }
            },
            Command::RevealFolder(path) => {
                self.reveal_error = None;
                let folder = crate::desktop::folder_of(&path);
                self.desktop.open(folder, self.ctx.clone());
            }
            Command::OpenFile(path) => {
                self.reveal_error = None;
                self.desktop.open(path, self.ctx.clone());
            }
            Command::CopyText(text) => {
                if let Some(ctx) = &self.ctx {
                    ctx.copy_text(text);
                }
            }
            Command::ChooseFolder => {
                let start = self.folder.clone();
                self.desktop.choose_folder(start, self.ctx.clone());
            }
            Command::ChooseSaveFile(suggested) => {
                self.desktop.choose_save_file(suggested, self.ctx.clone());
            }
            Command::ShowHome => {
                self.history.clear();
                self.view = View::Home;
            }
            Command::ShowInLibrary(selection) => {
                self.apply(Command::Select(selection));
                if !matches!(self.view, View::Library) {
                    self.show(View::Library);
                }
            }
            Command::ShowSettings => {
                if !matches!(self.view, View::Settings) {
                    self.show(View::Settings);
                }
            }
            Command::ShowLibrary => {
                self.history.clear();
                self.view = View::Library;
            }
            Command::Back => {
                let home = if self.bundled {
                    View::Home
                } else {
                    View::Library
                };
                self.view = self.history.pop().unwrap_or(home);
            }
            Command::SetLanguage(language) => self.state.language = language,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::SetHomeAllLanguages(all) => self.state.home_all_languages = all,
            Command::SetTextSize(percent) => {
                self.state.text_size =
                    percent.clamp(*TEXT_SIZE_RANGE.start(), *TEXT_SIZE_RANGE.end());
            }
            Command::OpenFolder(path) => {
                if path.as_os_str().is_empty() {
                    self.folder_error = Some(Key::EmptyPath.into());
                } else if !path.is_dir() {
                    let key = if path.exists() {
                        Key::NotAFolder
                    } else {
                        Key::FolderMissing
                    };
                    self.folder_error = Some(
                        crate::i18n::Message::new(key)
                            .verbatim("path", path.display().to_string())
                            .into(),
                    );
                } else {
                    let path = std::path::absolute(&path).unwrap_or(path);
                    self.folder_error = None;
                    self.folder_input = path.display().to_string();
                    self.state.decks_folder = Some(path.clone());
                    self.folder = path;
                    self.selection = None;
                    // From the home screen (the folder dialog) it stays; elsewhere the library
                    // shows the new folder.
                    if !matches!(self.view, View::Home) {
                        self.history.clear();
                        self.view = View::Library;
                    }
                    self.reload_and_watch();
                }
            }
            Command::AddPaths(paths) => {
                let mut added = false;
                for path in paths {
                    let usable =
                        path.is_dir() || (path.is_file() && crate::model::FileKind::is_ron(&path));
                    if !usable {
                        self.ignored_drops.push(path);
                    } else if !self.state.added.contains(&path) {
                        self.state.added.push(path);
                        added = true;
                    }
                }
                if added {
                    self.reload_and_watch();
                }
            }
            Command::RemovePath(path) => {
                self.state.added.retain(|p| *p != path);
                self.reload_and_watch();
            }
            Command::Reload => self.load(),
            Command::StartSession {
                workshop_id,
                start,
                seed,
            } => {
                let running = self
                    .session
                    .as_ref()
                    .is_some_and(|a| a.session.finished().is_none());
                if running {
                    self.pending_start = Some(PendingStart {
                        workshop_id,
                        start,
                        seed,
                        from: None,
                    });
                } else {
                    self.session_error = self
                        .start_session(&workshop_id, &start, &seed)
                        .err()
                        .map(UserMessage::new);
                }
            }
            Command::ConfirmStart(start) => {
                if let Some(pending) = self.pending_start.take()
                    && start
                {
                    self.flush_saves();
                    self.session_error = self
                        .start_session_from(
                            &pending.workshop_id,
                            &pending.start,
                            &pending.seed,
                            pending.from.as_deref(),
                        )
                        .err()
                        .map(UserMessage::new);
                }
            }
            Command::OpenSession(id) => {
                // Read-only is told by the session view's banner, not as an error.
                self.session_error = self.open_session(&id).err().map(UserMessage::new);
            }
            Command::OpenSessionCopy => {
                self.session_error = self.open_session_copy().err().map(UserMessage::new);
            }
            Command::ShowSession => {
                if self.session.is_some() && !matches!(self.view, View::Session(_)) {
                    self.show(View::Session(SessionViewState::default()));
                }
            }
            Command::Session(command) => self.session_command(command),
            Command::ExportCalendar => self.start_files(FilesKind::Calendar),
            Command::ExportDocx => self.start_files(FilesKind::Docx),
            Command::StartFollowUp(id) => {
                self.session_error = self.start_follow_up(&id).err().map(UserMessage::new);
            }
            Command::ExportSummary => self.start_files(FilesKind::Summary),
            Command::ToggleProjector => {
                if let View::Session(state) = &mut self.view {
                    state.projector_open = !state.projector_open;
                    state.projector_fullscreen = false;
                    self.state.projector_open = state.projector_open;
                }
            }
            Command::ToggleFullscreen => {
                if let View::Session(state) = &mut self.view {
                    if state.projector_open {
                        state.projector_fullscreen = !state.projector_fullscreen;
                    } else {
                        state.presenting = !state.presenting;
                        if let Some(ctx) = &self.ctx {
                            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(
                                state.presenting,
                            ));
                        }
                    }
                }
            }
            Command::SetNewItem(field, text) => {
                if let View::Session(state) = &mut self.view {
                    state.new_items.insert(field, text);
                }
            }
            Command::SetPrepared {
                workshop,
                item,
                done,
            } => {
                let now = self.now();
                self.draft_mut(&workshop).set_prepared(&item, done, now);
                self.save_draft(&workshop);
            }
            Command::SetDraftRole {
                workshop,
                role,
                people,
            } => {
                let now = self.now();
                self.draft_mut(&workshop).set_role(&role, &people, now);
                self.unsaved_drafts.insert(workshop);
            }
            Command::SaveDraft(workshop) => self.save_draft(&workshop),
            Command::SetRoleInput(role, text) => {
                if let View::Session(state) = &mut self.view {
                    state.role_inputs.insert(role, text);
                }
            }
            Command::ToggleHelp => {
                if let View::Session(state) = &mut self.view {
                    state.help = !state.help;
                }
            }
            Command::SessionView(change) => {
                if let View::Session(state) = &mut self.view {
                    state.change(change);
                }
            }
        }
    }
}
