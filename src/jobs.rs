//! Exports that run in a background thread, so the window never freezes while a PDF is made.
//!
//! An [`ExportJob`] runs one export function (a deck, a guide, the calibration sheet), writes the
//! result atomically with [`crate::fsutil::write_atomic`], reports its stage while it runs and
//! its outcome when done, and calls a wake-up function so the window repaints. What to export
//! and where is decided by the caller; this module knows no interface.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::thread;

use crate::i18n::{Key, Language, Localized, Message, UserMessage};
use crate::pdf::{Export, PdfError};

/// Why an export did not produce its file; said in the interface's language where shown.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExportError {
    /// The PDF could not be made (an option, text that does not fit in strict mode, …).
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The PDF was made but could not be written.
    #[error("could not write {}: {reason}", .path.display())]
    Write {
        /// The file that was to be written.
        path: PathBuf,
        /// Why the system refused.
        reason: Message,
    },
    /// A guide's start time is not a clock time.
    #[error(transparent)]
    Start(#[from] crate::clock::ClockError),
    /// The export's thread ended without an answer (a fault in the program).
    #[error("the export stopped unexpectedly")]
    Stopped,
}

impl Localized for ExportError {
    fn message(&self, language: Language) -> String {
        match self {
            ExportError::Pdf(e) => e.message(language),
            ExportError::Write { path, reason } => language.fmt(
                Key::ErrPdfWrite,
                &[
                    ("path", &path.display()),
                    ("reason", &reason.message(language)),
                ],
            ),
            ExportError::Start(e) => crate::i18n::Localized::message(e, language),
            ExportError::Stopped => language.tr(Key::ExportStopped).into(),
        }
    }
}

/// Where a running export is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Laying out and rendering the PDF.
    Rendering,
    /// Writing the file.
    Writing,
}

/// A finished export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDone {
    /// The file written.
    pub path: PathBuf,
    /// Pages in the PDF.
    pub pages: usize,
    /// Sheets of paper (decks), 0 otherwise.
    pub sheets: usize,
    /// Cards printed (decks), 0 otherwise.
    pub cards: usize,
    /// The file's size in bytes.
    pub bytes: usize,
    /// What the user should know (e.g. cards whose text does not fit), worded when shown.
    pub warnings: Vec<crate::pdf::Warning>,
}

/// An export running in its own thread.
#[derive(Debug)]
pub struct ExportJob {
    /// What is exported, for the interface (e.g. the deck's title), worded when shown.
    pub what: UserMessage,
    /// Where the file goes.
    pub path: PathBuf,
    stage: Arc<AtomicU8>,
    result: Receiver<Result<ExportDone, ExportError>>,
}

impl ExportJob {
    /// Starts `work` in a new thread; the PDF it makes is written to `path`. `wake` is called
    /// when the job changes stage or ends.
    pub fn spawn(
        what: impl Into<UserMessage>,
        path: PathBuf,
        wake: impl Fn() + Send + 'static,
        work: impl FnOnce() -> Result<Export, PdfError> + Send + 'static,
    ) -> ExportJob {
        let stage = Arc::new(AtomicU8::new(0));
        let (sender, result) = channel();
        let thread_stage = Arc::clone(&stage);
        let thread_path = path.clone();
        thread::spawn(move || {
            let outcome = work().map_err(ExportError::Pdf).and_then(|export| {
                thread_stage.store(1, Ordering::Relaxed);
                wake();
                crate::fsutil::write_atomic(&thread_path, &export.bytes, false).map_err(|e| {
                    ExportError::Write {
                        path: thread_path.clone(),
                        reason: crate::i18n::io_message(&e),
                    }
                })?;
                Ok(ExportDone {
                    path: std::path::absolute(&thread_path).unwrap_or(thread_path),
                    pages: export.pages,
                    sheets: export.sheets,
                    cards: export.cards,
                    bytes: export.bytes.len(),
                    warnings: export.warnings,
                })
            });
            let _ = sender.send(outcome);
            wake();
        });
        ExportJob {
            what: what.into(),
            path,
            stage,
            result,
        }
    }

    /// The stage the job is in.
    pub fn stage(&self) -> Stage {
        if self.stage.load(Ordering::Relaxed) == 0 {
            Stage::Rendering
        } else {
            Stage::Writing
        }
    }

    /// The outcome, once the job has ended (then only once).
    pub fn poll(&self) -> Option<Result<ExportDone, ExportError>> {
        match self.result.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(ExportError::Stopped)),
        }
    }
}

/// One piece of work in its own thread, with one answer: what the window hands off so that it
/// keeps drawing (the files of a session: its summary, calendar and Word protocol; through
/// [`Latest`], the library and the session list).
#[derive(Debug)]
pub struct Job<R> {
    result: Receiver<R>,
}

/// The sending end of a [`Job`], kept in its thread: when it goes (answer sent, or the work
/// panicked) the channel is closed first and then the window is woken, so that the wake always
/// finds the answer, or the end of the thread, ready. When nobody waits for the answer any more
/// (a newer job replaced this one), the window is not woken.
struct Reply<R, W: FnOnce()> {
    sender: Option<std::sync::mpsc::Sender<R>>,
    wake: Option<W>,
}

impl<R, W: FnOnce()> Reply<R, W> {
    fn send(&mut self, answer: R) {
        if let Some(sender) = self.sender.take()
            && sender.send(answer).is_err()
        {
            self.wake = None;
        }
    }
}

impl<R, W: FnOnce()> Drop for Reply<R, W> {
    fn drop(&mut self) {
        drop(self.sender.take());
        if let Some(wake) = self.wake.take() {
            wake();
        }
    }
}

impl<R: Send + 'static> Job<R> {
    /// Starts `work` in a new thread; `wake` is called there once its answer is ready, or
    /// once the thread stopped without one.
    pub fn spawn(
        wake: impl FnOnce() + Send + 'static,
        work: impl FnOnce() -> R + Send + 'static,
    ) -> Job<R> {
        Job::spawn_named("job", wake, work)
    }

    /// Like [`Job::spawn`], with the thread named `name` (seen in a debugger and in a panic's
    /// message). A thread the system refuses to start is a job that ended without an answer.
    pub fn spawn_named(
        name: &str,
        wake: impl FnOnce() + Send + 'static,
        work: impl FnOnce() -> R + Send + 'static,
    ) -> Job<R> {
        let (sender, result) = channel();
        // On failure the closure, and with it the sender, is dropped: `poll` then says the job
        // ended without an answer.
        let _ = thread::Builder::new().name(name.to_owned()).spawn(move || {
            let mut reply = Reply {
                sender: Some(sender),
                wake: Some(wake),
            };
            reply.send(work());
        });
        Job { result }
    }

    /// The answer once the work has ended: `Some(None)` when it ended without one (its thread
    /// stopped on an internal error), `None` while it runs.
    pub fn poll(&self) -> Option<Option<R>> {
        match self.result.try_recv() {
            Ok(answer) => Some(Some(answer)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }

    /// Like [`Job::poll`], waiting at most `limit` for the answer.
    pub fn wait(&self, limit: std::time::Duration) -> Option<Option<R>> {
        use std::sync::mpsc::RecvTimeoutError;
        match self.result.recv_timeout(limit) {
            Ok(answer) => Some(Some(answer)),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(None),
        }
    }
}

/// The newest of a series of background jobs of one kind (reading the library, listing the
/// sessions): a job started while another runs replaces it, and the older one's answer is
/// dropped unseen, so the newest request always wins. The window polls once per frame.
#[derive(Debug)]
pub struct Latest<R> {
    pending: Option<Job<R>>,
    gate: Gate,
}

impl<R> Default for Latest<R> {
    fn default() -> Self {
        Latest {
            pending: None,
            gate: Gate::default(),
        }
    }
}

impl<R: Send + 'static> Latest<R> {
    /// Starts `work` in a new thread named `name`, replacing the job that runs (its answer is
    /// never taken); `wake` is called there once the answer is ready or the thread stopped.
    pub fn start(
        &mut self,
        name: &str,
        wake: impl FnOnce() + Send + 'static,
        work: impl FnOnce() -> R + Send + 'static,
    ) {
        let gate = self.gate.clone();
        self.pending = Some(Job::spawn_named(name, wake, move || {
            gate.pass();
            work()
        }));
    }

    /// Whether a job has been started and its answer not yet taken.
    pub fn is_running(&self) -> bool {
        self.pending.is_some()
    }

    /// The newest job's answer once it has ended (then only once): `Some(None)` when its thread
    /// stopped without one, `None` while it runs or when no job was started.
    pub fn poll(&mut self) -> Option<Option<R>> {
        let answer = self.pending.as_ref()?.poll()?;
        self.pending = None;
        Some(answer)
    }

    /// Like [`Latest::poll`], waiting at most `limit` for the answer.
    pub fn wait(&mut self, limit: std::time::Duration) -> Option<Option<R>> {
        let answer = self.pending.as_ref()?.wait(limit)?;
        self.pending = None;
        Some(answer)
    }

    /// Holds every job started from now on at its start until the returned hold is dropped:
    /// tests use it to see the window while the work is still running.
    pub fn hold(&self) -> Hold {
        self.gate.close();
        Hold(self.gate.clone())
    }
}

/// Jobs wait at their start while this lives; see [`Latest::hold`].
#[derive(Debug)]
pub struct Hold(Gate);

impl Drop for Hold {
    fn drop(&mut self) {
        self.0.open();
    }
}

/// A gate jobs pass at their start: open unless a [`Hold`] holds it.
#[derive(Debug, Clone, Default)]
struct Gate(Arc<(std::sync::Mutex<bool>, std::sync::Condvar)>);

impl Gate {
    fn close(&self) {
        *self
            .0
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
    }

    fn open(&self) {
        *self
            .0
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = false;
        self.0.1.notify_all();
    }

    fn pass(&self) {
        let (closed, changed) = &*self.0;
        let mut closed = closed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while *closed {
            closed = changed
                .wait(closed)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }
}

#[cfg(test)]
mod job_tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    use std::time::Duration;

    #[test]
    fn a_job_answers_once_and_wakes_the_window() {
        let woken = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&woken);
        let (go, gate) = channel::<()>();
        let job = Job::spawn(
            move || flag.store(true, Ordering::SeqCst),
            move || {
                let _ = gate.recv();
                41 + 1
            },
        );
        assert!(job.poll().is_none(), "it waits for the gate");
        go.send(()).unwrap();
        assert_eq!(job.wait(Duration::from_secs(10)), Some(Some(42)));
        // The wake comes after the answer is sent; give the thread its moment.
        for _ in 0..1000 {
            if woken.load(Ordering::SeqCst) {
                break;
            }
            thread::sleep(Duration::from_millis(1));
        }
        assert!(woken.load(Ordering::SeqCst));
    }

    /// Waits (up to 10 s) until `counter` reaches `at_least`; the wake comes from the job's
    /// thread just after its answer.
    fn wait_for(counter: &AtomicUsize, at_least: usize) -> usize {
        for _ in 0..10_000 {
            if counter.load(Ordering::SeqCst) >= at_least {
                break;
            }
            thread::sleep(Duration::from_millis(1));
        }
        counter.load(Ordering::SeqCst)
    }

    fn counting(counter: &Arc<AtomicUsize>) -> impl FnOnce() + Send + 'static {
        let counter = Arc::clone(counter);
        move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn a_job_whose_thread_stops_says_so_and_wakes_the_window() {
        let woken = Arc::new(AtomicUsize::new(0));
        let job: Job<u8> = Job::spawn(counting(&woken), || panic!("stopped on purpose"));
        assert_eq!(job.wait(Duration::from_secs(10)), Some(None));
        assert_eq!(job.poll(), Some(None));
        // Without the wake the window would show "working" until something else repaints it.
        assert_eq!(wait_for(&woken, 1), 1);
    }

    #[test]
    fn the_newest_answer_wins_and_the_replaced_job_does_not_wake_the_window() {
        let mut latest: Latest<&'static str> = Latest::default();
        let (release_first, first_gate) = channel::<()>();
        let first_woken = Arc::new(AtomicUsize::new(0));
        let second_woken = Arc::new(AtomicUsize::new(0));
        latest.start("first", counting(&first_woken), move || {
            let _ = first_gate.recv();
            "first"
        });
        assert!(latest.is_running());
        latest.start("second", counting(&second_woken), || "second");
        assert_eq!(latest.wait(Duration::from_secs(10)), Some(Some("second")));
        assert!(!latest.is_running());
        assert_eq!(wait_for(&second_woken, 1), 1);
        // The first job ends only now; its answer is never taken and nobody is woken for it.
        release_first.send(()).unwrap();
        assert_eq!(latest.wait(Duration::from_millis(200)), None);
        assert_eq!(latest.poll(), None);
        thread::sleep(Duration::from_millis(100));
        assert_eq!(first_woken.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_newest_job_that_dies_is_an_answer_in_words_not_a_window_that_waits_forever() {
        let mut latest: Latest<Vec<crate::session::SessionListing>> = Latest::default();
        let woken = Arc::new(AtomicUsize::new(0));
        latest.start("dies", counting(&woken), || panic!("stopped on purpose"));
        let answer = latest
            .wait(Duration::from_secs(10))
            .expect("the job ended")
            .ok_or(ListError::Stopped);
        let error = answer.expect_err("no listing");
        assert!(!latest.is_running(), "nothing is shown as still running");
        assert_eq!(wait_for(&woken, 1), 1);
        assert_eq!(
            error.message(Language::Swedish),
            "De sparade sessionerna kunde inte listas (ett fel i programmet); listan visar det som lästes in senast."
        );
        assert!(
            error
                .message(Language::English)
                .starts_with("The saved sessions could not be listed")
        );
    }

    #[test]
    fn a_hold_keeps_new_jobs_at_their_start_until_it_is_dropped() {
        let mut latest: Latest<u8> = Latest::default();
        let woken = Arc::new(AtomicUsize::new(0));
        let hold = latest.hold();
        latest.start("held", counting(&woken), || 7);
        assert_eq!(latest.wait(Duration::from_millis(100)), None);
        assert_eq!(latest.poll(), None);
        assert!(latest.is_running());
        assert_eq!(woken.load(Ordering::SeqCst), 0);
        drop(hold);
        assert_eq!(latest.wait(Duration::from_secs(10)), Some(Some(7)));
        assert_eq!(wait_for(&woken, 1), 1);
    }

    /// A listing started right after saves were asked for reads the folder only once they are
    /// written: it never reads a file while it is being replaced, and lists every session saved.
    #[test]
    fn a_listing_waits_for_the_saves_asked_for_before_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::session::SessionStore::new(dir.path());
        let saver = SessionSaver::new();
        let text = include_str!("../tests/golden/session.ron");
        for i in 0..40 {
            saver.save(
                dir.path().join(format!("sparad-{i:02}.ron")),
                text.to_owned(),
            );
        }
        let mut lister = SessionLister::default();
        lister.start(store, saver.waiter(), || {});
        let listing = lister
            .wait(Duration::from_secs(60))
            .expect("a listing")
            .expect("listed");
        assert_eq!(listing.len(), 40);
        assert!(
            listing.iter().all(|l| l.state.is_ok()),
            "no file read half-written"
        );
    }

    #[test]
    fn a_session_listing_runs_after_the_pending_saves_and_the_newest_wins() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::session::SessionStore::new(dir.path());
        let saver = SessionSaver::default();
        let mut lister = SessionLister::default();
        let hold = lister.hold();
        lister.start(store.clone(), saver.waiter(), || {});
        std::fs::write(
            dir.path().join("sparad.ron"),
            include_str!("../tests/golden/session.ron"),
        )
        .unwrap();
        lister.start(store, saver.waiter(), || {});
        assert!(lister.is_listing());
        drop(hold);
        let listing = lister
            .wait(Duration::from_secs(30))
            .expect("a listing")
            .expect("listed");
        assert_eq!(
            listing.len(),
            1,
            "the second listing, after the file was written"
        );
        assert!(!lister.is_listing());
        assert!(lister.wait(Duration::from_millis(200)).is_none());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait(job: &ExportJob) -> Result<ExportDone, ExportError> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(outcome) = job.poll() {
                return outcome;
            }
            assert!(Instant::now() < deadline, "the job did not end");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    #[test]
    fn writes_the_pdf_and_reports_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("ut/test.pdf");
        let job = ExportJob::spawn(
            crate::i18n::Key::ExportTestSheet,
            path.clone(),
            || {},
            || {
                Ok(Export {
                    bytes: b"%PDF-1.7 test".to_vec(),
                    warnings: Vec::new(),
                    pages: 2,
                    cards: 0,
                    sheets: 1,
                })
            },
        );
        let done = wait(&job).expect("done");
        assert_eq!(done.pages, 2);
        assert_eq!(std::fs::read(&path).expect("written"), b"%PDF-1.7 test");
    }

    #[test]
    fn a_failed_export_writes_nothing_and_says_why() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("test.pdf");
        let job = ExportJob::spawn(
            crate::i18n::Key::ExportTestSheet,
            path.clone(),
            || {},
            || Err(PdfError::Overflow(vec!["c1".to_owned()])),
        );
        let outcome = wait(&job);
        assert!(
            outcome.as_ref().is_err_and(|e| e
                .message(Language::English)
                .contains(": c1 (shorten the text")),
            "{outcome:?}"
        );
        assert!(!path.exists());
    }

    #[test]
    fn a_file_that_cannot_be_written_is_said_in_the_interface_language() {
        let dir = tempfile::tempdir().expect("tempdir");
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, b"not a folder").expect("file");
        let path = blocker.join("test.pdf");
        let job = ExportJob::spawn(
            crate::i18n::Key::ExportTestSheet,
            path.clone(),
            || {},
            || {
                Ok(Export {
                    bytes: b"%PDF-1.7 test".to_vec(),
                    warnings: Vec::new(),
                    pages: 1,
                    cards: 0,
                    sheets: 0,
                })
            },
        );
        let error = wait(&job).expect_err("cannot write into a file");
        assert!(matches!(&error, ExportError::Write { path: p, .. } if *p == path));
        let english = error.message(Language::English);
        let swedish = error.message(Language::Swedish);
        assert!(english.starts_with("Could not write "), "{english}");
        assert!(swedish.starts_with("Kunde inte skriva "), "{swedish}");
        assert_eq!(
            ExportError::Stopped.message(Language::Swedish),
            Language::Swedish.tr(Key::ExportStopped).as_str()
        );
        assert_ne!(
            ExportError::Stopped.message(Language::Swedish),
            ExportError::Stopped.message(Language::English)
        );
    }

    #[test]
    fn switching_sessions_while_a_save_waits_keeps_both_last_changes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
        let saver = SessionSaver::new();
        for round in 0..20 {
            saver.save(a.clone(), format!("a{round}"));
            saver.save(b.clone(), format!("b{round}"));
            saver.save(a.clone(), format!("a{round}-last"));
            saver.flush();
            assert_eq!(
                std::fs::read_to_string(&a).expect("a"),
                format!("a{round}-last")
            );
            assert_eq!(std::fs::read_to_string(&b).expect("b"), format!("b{round}"));
        }
        assert!(saver.error().is_none(), "{:?}", saver.error());
    }

    #[test]
    fn a_failed_autosave_is_said_in_the_language_it_is_shown_in() {
        // The session folder is a file: the save fails, and the banner's reason follows the
        // interface language (it was the system's English text in both before).
        let dir = tempfile::tempdir().expect("tempdir");
        let blocker = dir.path().join("sessions");
        std::fs::write(&blocker, "not a folder").expect("file");
        let saver = SessionSaver::new();
        saver.save(blocker.join("s.ron"), "x".into());
        saver.flush();
        let error = saver.error().expect("the save fails");
        let (sv, en) = (
            error.message(Language::Swedish),
            error.message(Language::English),
        );
        assert_ne!(sv, en);
        assert!(sv.contains("sessions"), "{sv}");
        assert!(!sv.contains("Not a directory"), "{sv}");
    }
}

/// What the autosave worker shares with the interface.
#[derive(Debug, Default)]
struct SaveSlot {
    /// The latest text not yet written of each session file: one waiting save per file, so
    /// that switching sessions while a write runs never drops the other's last change.
    pending: std::collections::BTreeMap<PathBuf, String>,
    /// Whether a write is in progress.
    busy: bool,
    /// Why the last write failed, until a later one succeeds.
    error: Option<UserMessage>,
    /// The worker should end once nothing is pending.
    closing: bool,
}

/// Writes session files in one background thread so the interface never waits for the disk.
///
/// Saves are coalesced per file: at most one write is in flight, and a save asked for while one
/// runs replaces any older waiting text of the same file, so every file ends with its latest
/// state.
#[derive(Debug)]
pub struct SessionSaver {
    shared: Arc<(std::sync::Mutex<SaveSlot>, std::sync::Condvar)>,
    worker: Option<thread::JoinHandle<()>>,
}

impl Default for SessionSaver {
    fn default() -> Self {
        SessionSaver::new()
    }
}

impl SessionSaver {
    /// Starts the worker thread.
    pub fn new() -> SessionSaver {
        let shared = Arc::new((
            std::sync::Mutex::new(SaveSlot::default()),
            std::sync::Condvar::new(),
        ));
        let worker_shared = Arc::clone(&shared);
        let worker = thread::Builder::new()
            .name("session-save".to_owned())
            .spawn(move || save_worker(&worker_shared))
            .ok();
        SessionSaver { shared, worker }
    }

    /// Asks for `text` to be written to `path` (replacing any text still waiting).
    pub fn save(&self, path: PathBuf, text: String) {
        let (lock, signal) = &*self.shared;
        if self.worker.is_none() {
            // No thread could be started: write here rather than lose the state.
            let outcome = crate::session::write_session_text(&path, &text);
            if let Ok(mut slot) = lock.lock() {
                slot.error = outcome.err().map(UserMessage::new);
            }
            return;
        }
        if let Ok(mut slot) = lock.lock() {
            slot.pending.insert(path, text);
            signal.notify_all();
        }
    }

    /// Waits until every save asked for is written.
    pub fn flush(&self) {
        wait_for_saves(&self.shared);
    }

    /// Why the last write failed, if it did and no later write succeeded.
    pub fn error(&self) -> Option<UserMessage> {
        let (lock, _) = &*self.shared;
        lock.lock().ok().and_then(|slot| slot.error.clone())
    }
}

impl Drop for SessionSaver {
    fn drop(&mut self) {
        let (lock, signal) = &*self.shared;
        if let Ok(mut slot) = lock.lock() {
            slot.closing = true;
            signal.notify_all();
        }
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// Waits for a [`SessionSaver`]'s writes from another thread (the session lister waits with it
/// before it reads the folder, so it never reads a file while it is replaced).
#[derive(Debug, Clone)]
pub struct SaveWaiter(Arc<(std::sync::Mutex<SaveSlot>, std::sync::Condvar)>);

impl SaveWaiter {
    /// Waits until every save asked for so far is written.
    pub fn wait(&self) {
        wait_for_saves(&self.0);
    }
}

impl SessionSaver {
    /// A handle that waits for this saver's writes in another thread.
    pub fn waiter(&self) -> SaveWaiter {
        SaveWaiter(Arc::clone(&self.shared))
    }
}

/// Why a background listing of the session folder gave no list; said in the interface's
/// language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    /// The listing's thread ended without a list (a fault in the program).
    #[error("the saved sessions could not be listed")]
    Stopped,
}

impl Localized for ListError {
    fn message(&self, language: Language) -> String {
        match self {
            ListError::Stopped => language.tr(Key::SessionListStopped).into(),
        }
    }
}

/// Lists a session folder in a background thread, so the window keeps drawing while hundreds
/// of session files are read. A listing started while another runs replaces it: the older one's
/// result is dropped unseen (a [`Latest`] job).
#[derive(Debug, Default)]
pub struct SessionLister {
    latest: Latest<Vec<crate::session::SessionListing>>,
}

impl SessionLister {
    /// Lists `store` in a new thread, after `saves` are written; `wake` is called there once
    /// the listing is ready.
    pub fn start(
        &mut self,
        store: crate::session::SessionStore,
        saves: SaveWaiter,
        wake: impl FnOnce() + Send + 'static,
    ) {
        self.latest.start("session-list", wake, move || {
            saves.wait();
            store.list()
        });
    }

    /// Whether a listing has been started and not yet taken.
    pub fn is_listing(&self) -> bool {
        self.latest.is_running()
    }

    /// The listing, once it is ready (once); `Some(Err)` when its thread ended without one.
    pub fn poll(&mut self) -> Option<Result<Vec<crate::session::SessionListing>, ListError>> {
        self.latest.poll().map(|l| l.ok_or(ListError::Stopped))
    }

    /// Waits up to `limit` for the listing (tests).
    pub fn wait(
        &mut self,
        limit: std::time::Duration,
    ) -> Option<Result<Vec<crate::session::SessionListing>, ListError>> {
        self.latest.wait(limit).map(|l| l.ok_or(ListError::Stopped))
    }

    /// Holds every listing started from now on at its start until the hold is dropped (tests
    /// see the window while the folder is still being read).
    pub fn hold(&self) -> Hold {
        self.latest.hold()
    }
}

/// Waits until the saver sharing `shared` has nothing waiting or being written.
fn wait_for_saves(shared: &(std::sync::Mutex<SaveSlot>, std::sync::Condvar)) {
    let (lock, signal) = shared;
    let Ok(mut slot) = lock.lock() else { return };
    while !slot.pending.is_empty() || slot.busy {
        match signal.wait(slot) {
            Ok(s) => slot = s,
            Err(_) => return,
        }
    }
}

fn save_worker(shared: &(std::sync::Mutex<SaveSlot>, std::sync::Condvar)) {
    let (lock, signal) = shared;
    let Ok(mut slot) = lock.lock() else { return };
    loop {
        if let Some((path, text)) = slot.pending.pop_first() {
            slot.busy = true;
            drop(slot);
            let outcome = crate::session::write_session_text(&path, &text);
            slot = match lock.lock() {
                Ok(s) => s,
                Err(_) => return,
            };
            slot.busy = false;
            slot.error = outcome.err().map(UserMessage::new);
            signal.notify_all();
        } else if slot.closing {
            return;
        } else {
            slot = match signal.wait(slot) {
                Ok(s) => s,
                Err(_) => return,
            };
        }
    }
}
