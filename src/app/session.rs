//! The open session: starting, resuming and saving it, its drafts, commands and the session lists.

use super::*;

impl App {
    /// Uses `store` for sessions (tests use a temporary folder) and lists its sessions.
    pub fn set_store(&mut self, store: Option<SessionStore>) {
        self.store = store;
        self.refresh_sessions();
    }

    /// Lists the store's sessions again: in the background when
    /// [`App::set_background_loading`] is on and the window exists (the lists are replaced when
    /// the listing is ready, see [`App::poll_sessions`]), else at once.
    pub fn refresh_sessions(&mut self) {
        if self.background_loading
            && let (Some(ctx), Some(store)) = (self.ctx.clone(), self.store.clone())
        {
            // The listing waits for pending saves in its own thread, so no file is read while
            // it is being replaced and the window does not wait for the disk.
            self.lister
                .start(store, self.saver.waiter(), move || ctx.request_repaint());
            return;
        }
        // Pending saves first, so no file is read while it is being replaced.
        self.saver.flush();
        let all = self
            .store
            .as_ref()
            .map(SessionStore::list)
            .unwrap_or_default();
        self.take_listing(all);
    }

    /// Takes a background listing once it is ready. Call once per frame.
    pub fn poll_sessions(&mut self) {
        match self.lister.poll() {
            Some(Ok(all)) => {
                self.listing_error = None;
                self.take_listing(all);
            }
            Some(Err(e)) => self.listing_error = Some(UserMessage::new(e)),
            None => {}
        }
    }

    /// Whether the session folder is being read in the background.
    pub fn is_listing_sessions(&self) -> bool {
        self.lister.is_listing()
    }

    /// The background session lister (tests hold and wait for its listings).
    pub fn session_lister(&mut self) -> &mut crate::jobs::SessionLister {
        &mut self.lister
    }

    /// Puts a listing of the store into the lists, newest first, with the open session's line
    /// as it is now (the listing may have been read before its latest change).
    pub(super) fn take_listing(&mut self, mut all: Vec<SessionListing>) {
        let updated = |l: &SessionListing| l.state.as_ref().ok().map(|s| s.updated);
        all.sort_by_key(|l| std::cmp::Reverse(updated(l)));
        self.unfinished = all
            .iter()
            .filter(|l| l.state.as_ref().is_ok_and(|s| s.finished.is_none()))
            .cloned()
            .collect();
        self.past_sessions = all;
        self.note_listing();
    }

    /// Waits until every autosave asked for is on disk.
    pub fn flush_saves(&self) {
        self.saver.flush();
    }

    /// Why the open session is read-only (another running program has it open), if it is.
    pub fn read_only(&self) -> Option<&UserMessage> {
        self.read_only.as_ref()
    }

    /// Makes the read-only session a new session of its own (a copy under a new name, held
    /// open by this program), so work can go on while the other window keeps the original.
    pub(super) fn open_session_copy(&mut self) -> Result<(), AppError> {
        if self.read_only.is_none() {
            return Ok(());
        }
        let store = self.store.clone().ok_or(AppError::NoDataFolder)?;
        let Some(active) = &mut self.session else {
            return Ok(());
        };
        let original = active.session.id().to_owned();
        active.session.set_id(format!("{original}-kopia"));
        match store.create(&mut active.session) {
            Ok((path, lock)) => {
                active.path = Some(path);
                active
                    .notes
                    .push(crate::i18n::Message::new(Key::SessionCopyOf).with("id", &original));
                self.session_lock = Some(lock);
                self.read_only = None;
                self.refresh_sessions();
                Ok(())
            }
            Err(e) => {
                active.session.set_id(original);
                Err(e.into())
            }
        }
    }

    /// Why the last autosave failed, if it did.
    pub fn save_error(&self) -> Option<UserMessage> {
        self.saver.error()
    }

    /// Saves the open session in the background (serialised here, written by the saver).
    pub(super) fn autosave(&mut self) {
        if let Some(why) = &self.read_only {
            self.session_error = Some(why.clone());
            return;
        }
        let Some(active) = &self.session else { return };
        let Some(path) = active.path.clone() else {
            return;
        };
        match active.session.file().to_ron() {
            Ok(text) => self.saver.save(path, text),
            Err(e) => self.session_error = Some(UserMessage::new(e)),
        }
    }

    pub(super) fn start_session(
        &mut self,
        workshop_id: &str,
        start: &str,
        seed: &str,
    ) -> Result<(), AppError> {
        self.start_session_from(workshop_id, start, seed, None)
    }

    /// Starts a session; with `from`, as the follow-up of that earlier session.
    pub(super) fn start_session_from(
        &mut self,
        workshop_id: &str,
        start: &str,
        seed: &str,
        from: Option<&Session>,
    ) -> Result<(), AppError> {
        let start_minutes = crate::clock::parse_minutes(start)?;
        let seed: u64 = seed
            .trim()
            .parse()
            .map_err(|_| AppError::BadSeed(seed.trim().to_owned()))?;
        let loaded = self
            .library
            .workshop(workshop_id)
            .ok_or_else(|| AppError::NoSuchWorkshop(workshop_id.to_owned()))?;
        let workshop = loaded.value.clone();
        let hash = crate::session::content_hash(&loaded.source.text);
        let deck = workshop
            .deck
            .as_deref()
            .and_then(|id| self.library.deck(id))
            .map(|d| d.value.clone());
        let now = self.now();
        let planned_start = planned_start_at(now, start_minutes);
        let mut session = Session::new(workshop, hash, deck.as_ref(), seed, planned_start, now);
        if let Some(earlier) = from {
            session.follow_up(earlier)?;
        }
        // What was prepared before the day goes into the session.
        self.load_draft(workshop_id);
        let draft = self.drafts.remove(workshop_id);
        if let Some(draft) = draft.as_ref().filter(|d| !d.is_empty()) {
            session.take_draft(draft, now);
        }
        self.session_lock = None;
        self.read_only = None;
        let path = match &self.store {
            Some(store) => {
                let (path, lock) = store.create(&mut session)?;
                self.session_lock = Some(lock);
                Some(path)
            }
            None => None,
        };
        self.session = Some(ActiveSession {
            session,
            deck,
            path,
            notes: Vec::new(),
            flash_until: None,
            exported: Vec::new(),
        });
        if let (Some(store), Some(draft)) = (&self.store, &draft)
            && !draft.is_empty()
            && let Err(e) = store.remove_draft(workshop_id)
        {
            self.session_error = Some(UserMessage::new(e));
        }
        self.show(View::Session(SessionViewState::default()));
        self.refresh_sessions();
        Ok(())
    }

    pub(super) fn open_session(&mut self, id: &str) -> Result<(), AppError> {
        let store = self.store.clone().ok_or(AppError::NoDataFolder)?;
        // Pending saves first, so what is read is what was last written.
        self.saver.flush();
        self.session_lock = None;
        let lock = store.lock(id);
        let loaded = match &lock {
            Ok(_) => store.open(id),
            // Another program has it open: read it, and move nothing aside.
            Err(_) => crate::session::read_session(&store.path_of(id)),
        }?;
        let file = loaded.file;
        let workshop = self
            .library
            .workshop(&file.workshop)
            .ok_or_else(|| AppError::NoSuchWorkshop(file.workshop.clone()))?;
        let hash = crate::session::content_hash(&workshop.source.text);
        let workshop = workshop.value.clone();
        let deck = file
            .deck
            .as_deref()
            .and_then(|id| self.library.deck(id))
            .map(|d| d.value.clone());
        let (mut session, notices) = Session::resume(file, workshop, &hash);
        // The session is the file it was opened from: its own name, not the `id` written in it.
        session.set_id(id.to_owned());
        let mut notes: Vec<crate::i18n::Message> = notices
            .iter()
            .map(crate::session::ResumeNotice::to_message)
            .collect();
        if loaded.from_backup {
            notes.push(
                crate::i18n::Message::new(Key::NoteFromBackup).with("path", loaded.path.display()),
            );
        }
        match lock {
            Ok(lock) => {
                self.session_lock = Some(lock);
                self.read_only = None;
            }
            Err(held) => {
                let why = UserMessage::new(held);
                self.session_error = Some(why.clone());
                self.read_only = Some(why);
            }
        }
        self.session = Some(ActiveSession {
            session,
            deck,
            path: Some(loaded.path),
            notes,
            flash_until: None,
            exported: Vec::new(),
        });
        self.show(View::Session(SessionViewState {
            projector_open: self.state.projector_open,
            ..SessionViewState::default()
        }));
        Ok(())
    }

    /// Reads a workshop's draft from the store once (an unreadable one is reported and a new
    /// one started; the damaged file is left as it is).
    pub fn load_draft(&mut self, workshop: &str) {
        if self.drafts.contains_key(workshop) {
            return;
        }
        let now = self.now();
        let loaded = match &self.store {
            Some(store) => store.load_draft(workshop),
            None => Ok(None),
        };
        let draft = match loaded {
            Ok(Some(draft)) => draft,
            Ok(None) => crate::session::draft::SessionDraft::new(workshop, now),
            Err(e) => {
                self.session_error = Some(UserMessage::new(e));
                crate::session::draft::SessionDraft::new(workshop, now)
            }
        };
        self.drafts.insert(workshop.to_owned(), draft);
    }

    pub(super) fn draft_mut(&mut self, workshop: &str) -> &mut crate::session::draft::SessionDraft {
        self.load_draft(workshop);
        let now = self.now();
        self.drafts
            .entry(workshop.to_owned())
            .or_insert_with(|| crate::session::draft::SessionDraft::new(workshop, now))
    }

    /// Writes a workshop's draft to the store (a tiny file; an empty draft removes it).
    pub(super) fn save_draft(&mut self, workshop: &str) {
        self.unsaved_drafts.remove(workshop);
        let (Some(store), Some(draft)) = (&self.store, self.drafts.get(workshop)) else {
            return;
        };
        if let Err(e) = store.save_draft(draft) {
            self.session_error = Some(UserMessage::new(e));
        }
    }

    pub(super) fn session_command(&mut self, command: SessionCommand) {
        // Another window has the session open: nothing here changes it (the banner says why).
        if self.read_only.is_some() {
            return;
        }
        let now = self.now();
        let Some(active) = &mut self.session else {
            return;
        };
        let recorded = active.session.history().recorded();
        match active.session.apply(command, now) {
            Ok(event) => {
                self.session_error = None;
                let history = active.session.history();
                let toast = match &event {
                    SessionEvent::Undid(action) => {
                        Some(crate::ui::workshop::Toast::undid(action, now))
                    }
                    SessionEvent::Redid(action) => {
                        Some(crate::ui::workshop::Toast::redid(action, now))
                    }
                    // Something was recorded (a new step, or typing joined to the last one).
                    _ if history.recorded() != recorded => history
                        .undo_action()
                        .map(|action| crate::ui::workshop::Toast::done(action, now)),
                    _ => None,
                };
                if toast.is_some() {
                    self.toast = toast;
                }
                if matches!(event, SessionEvent::Finished) {
                    active.flash_until = None;
                }
                self.autosave();
                self.note_listing();
                // Reopened (or finishing undone): the session is unfinished again.
                let reopened = self
                    .session
                    .as_ref()
                    .is_some_and(|a| a.session.finished().is_none() && a.path.is_some())
                    && !self.unfinished.iter().any(|l| self.is_active(&l.id));
                if matches!(event, SessionEvent::Finished) || reopened {
                    self.refresh_sessions();
                }
            }
            Err(e) => {
                self.session_error = Some(UserMessage::new(e));
            }
        }
    }

    /// Whether `id` is the session open now.
    pub(super) fn is_active(&self, id: &str) -> bool {
        self.session.as_ref().is_some_and(|a| a.session.id() == id)
    }

    /// Brings the open session's line in the session lists up to date at once (step, time of
    /// the last change, finished), without reading the folder again.
    pub(super) fn note_listing(&mut self) {
        let Some(active) = &self.session else { return };
        let file = active.session.file();
        let id = active.session.id().to_owned();
        for list in [&mut self.unfinished, &mut self.past_sessions] {
            for listing in list.iter_mut().filter(|l| l.id == id) {
                if let Ok(listed) = &mut listing.state {
                    listed.current_step = file.current_step.clone();
                    listed.updated = file.updated;
                    listed.finished = file.finished;
                }
            }
        }
        let finished = file.finished.is_some();
        if finished {
            self.unfinished.retain(|l| l.id != id);
        }
    }

    /// The follow-up workshop for a session of `workshop` (see
    /// [`crate::active::follow_up_workshop`]).
    pub fn follow_up_workshop(&self, workshop: &str) -> Option<&str> {
        crate::active::follow_up_workshop(&self.library, workshop)
    }

    /// Starts the follow-up workshop from the saved session `id` (the open one, or one in the
    /// store): the new session's carried-over table lists that session's open plan rows.
    pub(super) fn start_follow_up(&mut self, id: &str) -> Result<(), AppError> {
        let earlier = match &self.session {
            Some(active) if active.session.id() == id => active.session.clone(),
            _ => {
                let store = self.store.clone().ok_or(AppError::NoDataFolder)?;
                self.saver.flush();
                let loaded = crate::session::read_session(&store.path_of(id))?;
                let workshop = self
                    .library
                    .workshop(&loaded.file.workshop)
                    .ok_or_else(|| AppError::NoSuchWorkshop(loaded.file.workshop.clone()))?;
                let hash = crate::session::content_hash(&workshop.source.text);
                let mut session = Session::resume(loaded.file, workshop.value.clone(), &hash).0;
                session.set_id(id.to_owned());
                session
            }
        };
        let workshop = self
            .follow_up_workshop(&earlier.workshop().id)
            .map(str::to_owned)
            .ok_or_else(|| AppError::NoFollowUpWorkshop(earlier.workshop().language.clone()))?;
        let now = self.now();
        let start = next_quarter_hour(now);
        let seed = crate::seed::new_seed().to_string();
        if self
            .session
            .as_ref()
            .is_some_and(|a| a.session.finished().is_none() && a.session.id() != id)
        {
            self.pending_start = Some(PendingStart {
                workshop_id: workshop,
                start,
                seed,
                from: Some(Box::new(earlier)),
            });
            return Ok(());
        }
        self.start_session_from(&workshop, &start, &seed, Some(&earlier))
    }

    /// Notes a time-up at `now` (the flash, and the chime with the `sound` feature) and asks for
    /// the next repaint the session's display needs. Call once per frame.
    pub fn tick_session(&mut self, ctx: &egui::Context) {
        let now = self.now();
        let Some(active) = &mut self.session else {
            return;
        };
        if active.session.take_time_up_event(now).is_some() {
            active.flash_until = Some(now + chrono::TimeDelta::seconds(FLASH_SECONDS));
            crate::ui::workshop::chime();
            self.autosave();
        }
        let Some(active) = &mut self.session else {
            return;
        };
        if active.flash_until.is_some_and(|until| until <= now) {
            active.flash_until = None;
        }
        if let Some(after) = crate::ui::workshop::next_repaint(active, now) {
            ctx.request_repaint_after(after);
        }
        // Wake when the toast goes, to take it away.
        match &self.toast {
            Some(toast) if toast.showing(now) => {
                let ms = (toast.until - now).num_milliseconds().max(0) as u64 + 5;
                ctx.request_repaint_after(std::time::Duration::from_millis(ms));
            }
            Some(_) => self.toast = None,
            None => {}
        }
    }
}
