//! The desktop around the app: the system's folder and save dialogs (rfd, through the XDG
//! desktop portal on Linux, so no system `-dev` packages are needed to build), and opening files
//! and folders with the system's default program (its opener command, waited for so that a
//! failure can be told).
//!
//! Every request runs in its own thread so the window never waits for a dialog or a file
//! manager; the answer comes back through [`Desktop::poll`] and the window is woken to take it.
//! What the app does with an answer is the app's. The system calls sit behind [`System`], so
//! tests answer in their place.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::i18n::{Key, Language, Localized, Message};

/// A dialog that closes faster than this without an answer never showed: no portal or dialog
/// program could open it (a person cannot cancel that fast).
const UNAVAILABLE_WITHIN: Duration = Duration::from_millis(300);

/// What the desktop offers; [`NativeSystem`] is the real one.
pub trait System: Send + Sync {
    /// Lets the user choose a folder, starting in `start`; `None` when cancelled.
    fn pick_folder(&self, start: &Path) -> Option<PathBuf>;
    /// Lets the user choose where to save, suggesting `suggested`; `None` when cancelled.
    fn save_file(&self, suggested: &Path) -> Option<PathBuf>;
    /// Opens a file or folder with the system's default program.
    fn open(&self, path: &Path) -> Result<(), OpenError>;
}

/// Why the system's opener could not open a file or folder; said in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// The opener (`xdg-open`, `open`, `explorer`) could not be started.
    #[error("{program}: {reason}")]
    Start {
        /// The opener's command.
        program: String,
        /// Why it could not be started.
        reason: Message,
    },
    /// The opener ran and failed (no program is set for the file, it does not exist, …).
    #[error("{program}: exit code {code}{}", said_suffix(.said))]
    Failed {
        /// The opener's command.
        program: String,
        /// Its exit code.
        code: i32,
        /// The first line it wrote to its error output, if any (in the system's words).
        said: String,
    },
    /// The opener was stopped by a signal.
    #[error("{program}: stopped by a signal")]
    Signal {
        /// The opener's command.
        program: String,
    },
}

fn said_suffix(said: &str) -> String {
    if said.is_empty() {
        String::new()
    } else {
        format!(": {said}")
    }
}

impl Localized for OpenError {
    fn message(&self, language: Language) -> String {
        match self {
            OpenError::Start { program, reason } => language.fmt(
                Key::OpenerNotStarted,
                &[("program", program), ("reason", &reason.message(language))],
            ),
            OpenError::Failed {
                program,
                code,
                said,
            } => {
                let text = language.fmt(Key::OpenerFailed, &[("program", program), ("code", code)]);
                format!("{text}{}", said_suffix(said))
            }
            OpenError::Signal { program } => {
                language.fmt(Key::OpenerStopped, &[("program", program)])
            }
        }
    }
}

/// The system's own dialogs (rfd) and opener.
#[derive(Debug, Clone, Copy, Default)]
pub struct NativeSystem;

impl System for NativeSystem {
    fn pick_folder(&self, start: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new();
        if start.is_dir() {
            dialog = dialog.set_directory(start);
        }
        dialog.pick_folder()
    }

    fn save_file(&self, suggested: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().add_filter("PDF", &["pdf"]);
        if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file()
    }

    fn open(&self, path: &Path) -> Result<(), OpenError> {
        open_with_system(path)
    }
}

/// The answer to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A folder was chosen.
    Folder(PathBuf),
    /// A file to save to was chosen.
    SaveFile(PathBuf),
    /// The dialog could not be shown (no desktop portal or dialog program).
    DialogUnavailable,
    /// The file or folder could not be opened.
    OpenFailed {
        /// What was to be opened.
        path: PathBuf,
        /// Why.
        error: OpenError,
    },
}

/// Requests to the desktop, running in the background, and their answers.
pub struct Desktop {
    system: Arc<dyn System>,
    sender: Sender<Option<Answer>>,
    answers: Receiver<Option<Answer>>,
    dialog_open: bool,
}

impl std::fmt::Debug for Desktop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desktop")
            .field("dialog_open", &self.dialog_open)
            .finish_non_exhaustive()
    }
}

impl Default for Desktop {
    fn default() -> Self {
        Desktop::new(Arc::new(NativeSystem))
    }
}

impl Desktop {
    /// Requests go to `system`.
    pub fn new(system: Arc<dyn System>) -> Desktop {
        let (sender, answers) = channel();
        Desktop {
            system,
            sender,
            answers,
            dialog_open: false,
        }
    }

    /// Whether a dialog is open (a second one is not started meanwhile).
    pub fn dialog_open(&self) -> bool {
        self.dialog_open
    }

    /// Shows the folder dialog, starting in `start`.
    pub fn choose_folder(&mut self, start: PathBuf, wake: Option<egui::Context>) {
        self.dialog(wake, move |system| {
            system.pick_folder(&start).map(Answer::Folder)
        });
    }

    /// Shows the save dialog, suggesting `suggested`.
    pub fn choose_save_file(&mut self, suggested: PathBuf, wake: Option<egui::Context>) {
        self.dialog(wake, move |system| {
            system.save_file(&suggested).map(Answer::SaveFile)
        });
    }

    /// Opens `path` with the system's default program.
    pub fn open(&mut self, path: PathBuf, wake: Option<egui::Context>) {
        let system = Arc::clone(&self.system);
        let sender = self.sender.clone();
        run(move || {
            let answer = system
                .open(&path)
                .err()
                .map(|error| Answer::OpenFailed { path, error });
            let _ = sender.send(answer);
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        });
    }

    fn dialog(
        &mut self,
        wake: Option<egui::Context>,
        ask: impl FnOnce(&dyn System) -> Option<Answer> + Send + 'static,
    ) {
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        let system = Arc::clone(&self.system);
        let sender = self.sender.clone();
        run(move || {
            let asked = Instant::now();
            let answer = ask(system.as_ref());
            let answer = match answer {
                None if asked.elapsed() < UNAVAILABLE_WITHIN => Some(Answer::DialogUnavailable),
                other => other,
            };
            // `None` still ends the dialog: a cancelled dialog is an answer too.
            let _ = sender.send(answer);
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        });
    }

    /// The answers that arrived since the last call. A cancelled dialog gives no answer but
    /// ends the dialog.
    pub fn poll(&mut self) -> Vec<Answer> {
        let mut out = Vec::new();
        while let Ok(answer) = self.answers.try_recv() {
            match answer {
                Some(answer @ (Answer::Folder(_) | Answer::SaveFile(_))) => {
                    self.dialog_open = false;
                    out.push(answer);
                }
                Some(Answer::DialogUnavailable) | None => {
                    self.dialog_open = false;
                    out.extend(answer);
                }
                Some(answer @ Answer::OpenFailed { .. }) => out.push(answer),
            }
        }
        out
    }

    /// Waits until every request made so far has answered (tests), up to `limit`.
    pub fn wait(&mut self, limit: Duration) -> Vec<Answer> {
        let deadline = Instant::now() + limit;
        let mut out = Vec::new();
        while Instant::now() < deadline {
            match self.answers.recv_timeout(Duration::from_millis(20)) {
                Ok(answer) => {
                    if !matches!(answer, Some(Answer::OpenFailed { .. })) {
                        self.dialog_open = false;
                    }
                    out.extend(answer);
                }
                Err(_) if !out.is_empty() => break,
                Err(_) => {}
            }
        }
        out
    }
}

/// Opens `path` with the system's opener (`xdg-open` on Linux and the BSDs, `open` on macOS,
/// `explorer` on Windows) and waits for its answer: a missing opener, or one that fails
/// because no program is set for the file, is an error that says which command failed.
pub fn open_with_system(path: &Path) -> Result<(), OpenError> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let output = std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .output()
        .map_err(|e| OpenError::Start {
            program: program.to_owned(),
            reason: crate::i18n::io_message(&e),
        })?;
    // Explorer answers 1 even when it opened the folder.
    if output.status.success() || cfg!(windows) {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let said = what_it_said(&stderr);
    let program = program.to_owned();
    Err(match output.status.code() {
        Some(code) => OpenError::Failed {
            program,
            code,
            said: said.trim().to_owned(),
        },
        None => OpenError::Signal { program },
    })
}

/// The line of an opener's error output that says why: the last one that is not blank
/// (`xdg-open` and the `gio` or `kde-open` it calls print what they tried first and the reason
/// last).
fn what_it_said(stderr: &str) -> &str {
    stderr
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// The application's reverse-DNS id: the window's app id (Wayland) and class (X11), the
/// name of the menu entry (`assets/linux/<id>.desktop`), of the AppStream metainfo and of the
/// installed icons, so the desktop ties the window to its menu entry and icon.
pub const APP_ID: &str = "io.github.innovationslek.Innovationslek";

/// The application icon (the one the package installs), for the window.
pub fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icons/innovationslek-128.png"))
        .unwrap_or_default()
}

/// Runs `work` in its own thread; on macOS, where dialogs must run on the main thread, at once.
fn run(work: impl FnOnce() + Send + 'static) {
    if cfg!(target_os = "macos") {
        work();
    } else {
        std::thread::spawn(work);
    }
}

/// The folder to open for `path`: itself when it is a folder, else the folder holding it.
pub fn folder_of(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake {
        folder: Option<PathBuf>,
        delay: Duration,
        open: Result<(), OpenError>,
    }

    impl System for Fake {
        fn pick_folder(&self, _start: &Path) -> Option<PathBuf> {
            std::thread::sleep(self.delay);
            self.folder.clone()
        }
        fn save_file(&self, suggested: &Path) -> Option<PathBuf> {
            std::thread::sleep(self.delay);
            Some(suggested.with_file_name("vald.pdf"))
        }
        fn open(&self, _path: &Path) -> Result<(), OpenError> {
            self.open.clone()
        }
    }

    fn desktop(folder: Option<&str>, delay_ms: u64, open: Result<(), OpenError>) -> Desktop {
        Desktop::new(Arc::new(Fake {
            folder: folder.map(PathBuf::from),
            delay: Duration::from_millis(delay_ms),
            open,
        }))
    }

    #[test]
    fn a_chosen_folder_comes_back_and_ends_the_dialog() {
        let mut d = desktop(Some("/tmp/mina"), 0, Ok(()));
        d.choose_folder(PathBuf::from("/"), None);
        assert!(d.dialog_open());
        // A second request while the dialog is open is ignored.
        d.choose_folder(PathBuf::from("/"), None);
        let answers = d.wait(Duration::from_secs(5));
        assert_eq!(answers, vec![Answer::Folder(PathBuf::from("/tmp/mina"))]);
        assert!(!d.dialog_open());
        d.choose_save_file(PathBuf::from("/tmp/lek.pdf"), None);
        let answers = d.wait(Duration::from_secs(5));
        assert_eq!(
            answers,
            vec![Answer::SaveFile(PathBuf::from("/tmp/vald.pdf"))]
        );
    }

    #[test]
    fn a_dialog_that_ends_at_once_without_an_answer_is_reported_unavailable() {
        let mut d = desktop(None, 0, Ok(()));
        d.choose_folder(PathBuf::from("/"), None);
        assert_eq!(
            d.wait(Duration::from_secs(5)),
            vec![Answer::DialogUnavailable]
        );
        assert!(!d.dialog_open());
    }

    #[test]
    fn a_cancelled_dialog_gives_no_answer_but_ends() {
        let mut d = desktop(None, 400, Ok(()));
        d.choose_folder(PathBuf::from("/"), None);
        let deadline = Instant::now() + Duration::from_secs(5);
        while d.dialog_open() && Instant::now() < deadline {
            assert!(d.poll().is_empty());
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!d.dialog_open());
    }

    #[test]
    fn a_failed_open_says_what_and_why() {
        let failed = OpenError::Failed {
            program: "xdg-open".to_owned(),
            code: 3,
            said: String::new(),
        };
        let mut d = desktop(None, 0, Err(failed.clone()));
        d.open(PathBuf::from("/tmp/x.pdf"), None);
        assert_eq!(
            d.wait(Duration::from_secs(5)),
            vec![Answer::OpenFailed {
                path: PathBuf::from("/tmp/x.pdf"),
                error: failed.clone()
            }]
        );
        let mut ok = desktop(None, 0, Ok(()));
        ok.open(PathBuf::from("/tmp/x.pdf"), None);
        assert!(ok.wait(Duration::from_millis(200)).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn opening_a_missing_file_is_an_error_naming_the_command() {
        let error = open_with_system(Path::new("/no/such/folder/lek.pdf")).expect_err("fails");
        for language in Language::ALL {
            let text = error.message(language);
            assert!(
                text.starts_with("xdg-open") || text.starts_with("open"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_failed_opener_is_said_in_the_interface_language() {
        let failed = OpenError::Failed {
            program: "xdg-open".to_owned(),
            code: 3,
            said: "no method available".to_owned(),
        };
        assert_eq!(
            failed.message(Language::English),
            "xdg-open: exit code 3: no method available"
        );
        assert_eq!(
            failed.message(Language::Swedish),
            "xdg-open: avslutades med kod 3: no method available"
        );
        let stopped = OpenError::Signal {
            program: "open".to_owned(),
        };
        assert_eq!(
            stopped.message(Language::English),
            "open: stopped by a signal"
        );
        assert_eq!(
            stopped.message(Language::Swedish),
            "open: stoppades av en signal"
        );
        let missing = OpenError::Start {
            program: "xdg-open".to_owned(),
            reason: crate::i18n::io_message(&std::io::Error::from(std::io::ErrorKind::NotFound)),
        };
        assert_eq!(
            missing.message(Language::Swedish),
            format!(
                "xdg-open: kunde inte startas: {}",
                Language::Swedish.tr(Key::IoNotFound)
            )
        );
    }

    #[test]
    fn the_opener_is_quoted_by_its_last_words() {
        let stderr = "gio: file:///tmp/x: Operation not supported\n\
                      xdg-open: no method available for opening '/tmp/x'\n\n";
        assert_eq!(
            what_it_said(stderr),
            "xdg-open: no method available for opening '/tmp/x'"
        );
        assert_eq!(what_it_said(" \n\n"), "");
    }

    #[test]
    fn the_window_icon_is_the_package_icon() {
        let icon = window_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        // Opaque in the middle, transparent in the corner outside the rounded square.
        let at = |x: u32, y: u32| icon.rgba[((y * icon.width + x) * 4 + 3) as usize];
        assert_eq!(at(64, 64), 255);
        assert_eq!(at(0, 0), 0);
    }

    #[test]
    fn the_folder_of_a_file_is_its_parent() {
        let dir = tempfile::tempdir().expect("temp");
        assert_eq!(folder_of(dir.path()), dir.path());
        assert_eq!(
            folder_of(&dir.path().join("a.pdf")),
            dir.path().to_path_buf()
        );
        assert_eq!(folder_of(Path::new("a.pdf")), PathBuf::from("."));
    }

    /// The menu entry, the metainfo, the installed icons and the window share one id, and it
    /// is the project's own.
    #[test]
    fn the_package_and_the_window_use_one_app_id() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |path: &Path| std::fs::read_to_string(path).expect("readable");
        let desktop = read(&root.join(format!("assets/linux/{APP_ID}.desktop")));
        assert!(desktop.contains(&format!("\nIcon={APP_ID}\n")), "{desktop}");
        assert!(desktop.contains(&format!("\nStartupWMClass={APP_ID}\n")));
        let metainfo = read(&root.join(format!("assets/linux/{APP_ID}.metainfo.xml")));
        assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
        assert!(metainfo.contains(&format!(
            "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
        )));
        assert!(metainfo.contains(&format!("<icon type=\"stock\">{APP_ID}</icon>")));
        let manifest = read(&root.join("Cargo.toml"));
        for size in ["16x16", "48x48", "256x256", "512x512"] {
            let installed = format!("usr/share/icons/hicolor/{size}/apps/{APP_ID}.png");
            assert!(manifest.contains(&installed), "{installed}");
        }
        assert!(manifest.contains(&format!("scalable/apps/{APP_ID}.svg")));
        assert!(manifest.contains(&format!("assets/linux/{APP_ID}.desktop")));
        let ci = read(&root.join(".ci/run"));
        assert!(ci.contains(&format!("applications/{APP_ID}.desktop")));
        // Nothing names an organisation as the publisher.
        for text in [&desktop, &metainfo, &manifest, &ci] {
            assert!(!text.contains("se.kiruna"));
        }
    }
}
