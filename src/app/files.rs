//! Files and exports: a session's files and the PDF exports in the background, and the desktop's answers.

use super::*;

/// Which files of a session a [`FilesJob`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FilesKind {
    /// The summary, as Markdown and PDF.
    Summary,
    /// The follow-up dates as a calendar (.ics).
    Calendar,
    /// The Word protocol (.docx).
    Docx,
}

/// The part of writing a session's files that runs in the background.
pub(super) type FilesWork = Box<dyn FnOnce() -> Result<Vec<PathBuf>, AppError> + Send>;

/// A session's files being written in the background.
#[derive(Debug)]
pub(super) struct FilesJob {
    kind: FilesKind,
    /// The session the files are of.
    session: String,
    job: crate::jobs::Job<Result<Vec<PathBuf>, AppError>>,
}

/// Writes `bytes` to `path` durably and whole (nothing half-written is ever left).
pub(super) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    crate::fsutil::write_atomic(path, bytes, true).map_err(|source| AppError::Write {
        path: path.to_path_buf(),
        source,
    })
}

impl App {
    /// What writing the `kind` files of the open session takes: the data copied out of the
    /// session and the paths checked here, on the window's thread, so that the rest (laying
    /// out a PDF or a Word file, writing) can run in the background. The names come from us,
    /// never from the file: a plain stem inside the exports folder.
    pub(super) fn files_work(&self, kind: FilesKind) -> Result<FilesWork, AppError> {
        let Some(active) = &self.session else {
            return Err(AppError::NoSession);
        };
        let language = crate::i18n::Language::for_tag(&active.session.workshop().language);
        let stem =
            crate::paths::summary_stem(&crate::fsutil::safe_stem(active.session.id()), language);
        let inside = |extension: &str| {
            let name = format!("{stem}.{extension}");
            crate::fsutil::join_inside(&self.exports_dir, &name).map_err(|source| AppError::Write {
                path: self.exports_dir.join(&name),
                source,
            })
        };
        let data = || {
            crate::session::SummaryData::build(
                &active.session,
                active.deck.as_ref(),
                active.notes.clone(),
            )
        };
        Ok(match kind {
            FilesKind::Summary => {
                let data = data();
                let (md_path, pdf_path) = (inside("md")?, inside("pdf")?);
                Box::new(move || {
                    let markdown = crate::session::render_markdown(&data);
                    let pdf = crate::pdf::document::render_document(
                        &crate::report::summary_document(&data),
                    )?;
                    write_file(&md_path, markdown.as_bytes())?;
                    write_file(&pdf_path, &pdf.bytes)?;
                    Ok(vec![md_path, pdf_path])
                })
            }
            FilesKind::Calendar => {
                let export = crate::export::ics::calendar(&active.session);
                if export.events == 0 {
                    return Err(AppError::NoDates);
                }
                let path = inside("ics")?;
                Box::new(move || {
                    write_file(&path, export.text.as_bytes())?;
                    Ok(vec![path])
                })
            }
            FilesKind::Docx => {
                let data = data();
                let path = inside("docx")?;
                Box::new(move || {
                    write_file(&path, &crate::export::docx::protocol(&data)?)?;
                    Ok(vec![path])
                })
            }
        })
    }

    /// Starts writing the `kind` files of the open session in the background (one such job
    /// at a time: the buttons wait while one runs).
    pub(super) fn start_files(&mut self, kind: FilesKind) {
        if self.files_job.is_some() {
            return;
        }
        match self.files_work(kind) {
            Err(e) => self.session_error = Some(UserMessage::new(e)),
            Ok(work) => {
                self.session_error = None;
                let session = self
                    .session
                    .as_ref()
                    .map(|a| a.session.id().to_owned())
                    .unwrap_or_default();
                let ctx = self.ctx.clone();
                let wake = move || {
                    if let Some(ctx) = ctx {
                        ctx.request_repaint();
                    }
                };
                self.files_job = Some(FilesJob {
                    kind,
                    session,
                    job: crate::jobs::Job::spawn(wake, work),
                });
            }
        }
    }

    /// Whether a session's files are being written.
    pub fn files_running(&self) -> bool {
        self.files_job.is_some()
    }

    /// Takes the answer of the job writing a session's files, if it has ended.
    pub(super) fn poll_files(&mut self) {
        let answer = self.files_job.as_ref().and_then(|f| f.job.poll());
        self.finish_files(answer);
    }

    /// Waits at most `limit` for the job writing a session's files and takes its answer (for
    /// tests and scripts that need the files before going on).
    pub fn wait_for_files(&mut self, limit: Duration) {
        let answer = self.files_job.as_ref().and_then(|f| f.job.wait(limit));
        self.finish_files(answer);
    }

    pub(super) fn finish_files(&mut self, answer: Option<Option<Result<Vec<PathBuf>, AppError>>>) {
        let Some(answer) = answer else {
            return;
        };
        let Some(job) = self.files_job.take() else {
            return;
        };
        match answer.unwrap_or(Err(AppError::FilesInterrupted)) {
            Err(e) => self.session_error = Some(UserMessage::new(e)),
            Ok(paths) => {
                self.session_error = None;
                let now = self.now();
                let note = match (job.kind, paths.first()) {
                    (FilesKind::Summary, _) | (_, None) => None,
                    (_, Some(path)) => Some(
                        crate::i18n::Message::new(Key::SavedFile)
                            .verbatim("path", path.display().to_string()),
                    ),
                };
                if let Some(active) = &mut self.session
                    && active.session.id() == job.session
                {
                    active.exported = paths;
                }
                if let Some(note) = note {
                    self.toast = Some(crate::ui::workshop::Toast::note(note, now));
                }
            }
        }
    }

    pub(super) fn start_export(
        &mut self,
        what: UserMessage,
        path: PathBuf,
        work: impl FnOnce() -> Result<crate::pdf::Export, crate::pdf::PdfError> + Send + 'static,
    ) {
        if self.export_job.is_some() {
            return;
        }
        let path = if path.as_os_str().is_empty() {
            self.output_path("export.pdf")
        } else {
            path
        };
        let ctx = self.ctx.clone();
        let wake = move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        };
        self.last_export = None;
        self.reveal_error = None;
        self.export_job = Some(ExportJob::spawn(what, path, wake, work));
    }

    /// Takes the answers of the desktop's dialogs and opener.
    pub fn poll_desktop(&mut self) {
        for answer in self.desktop.poll() {
            self.take_answer(answer);
        }
    }

    /// Carries out what a dialog or the opener answered.
    pub fn take_answer(&mut self, answer: crate::desktop::Answer) {
        use crate::desktop::Answer;
        match answer {
            Answer::Folder(path) => {
                self.dialog_error = None;
                self.apply(Command::OpenFolder(path));
            }
            Answer::SaveFile(path) => {
                self.dialog_error = None;
                let path = if path.extension().is_none() {
                    path.with_extension("pdf")
                } else {
                    path
                };
                if let View::Print(state) = &mut self.view {
                    state.output = path.display().to_string();
                }
            }
            Answer::DialogUnavailable => {
                self.dialog_error = Some(Key::DialogUnavailable.into());
            }
            Answer::OpenFailed { path, error } => {
                self.reveal_error = Some((path, UserMessage::new(error)));
            }
        }
    }

    /// Takes the outcome of the background export, if it has ended.
    pub fn poll_export(&mut self) {
        if let Some(job) = &self.export_job
            && let Some(outcome) = job.poll()
        {
            self.last_export = Some(outcome);
            self.exports_ended += 1;
            self.export_job = None;
        }
    }
}
