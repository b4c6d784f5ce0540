//! The store of sessions in the user's data folder, and the lock file that keeps two programs
//! from having the same session open.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};

use crate::i18n::{IoMessage, Key as K, Message};

use super::{
    LoadedSession, SessionFile, SessionFileError, backup_path, read_session, write_session,
};
use crate::session::Session;

/// The lock file of a session file (`x.ron` → `x.ron.lock`), holding the process id of the
/// program that has the session open.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// A session held open by this program; its lock file is removed when this is dropped.
#[derive(Debug)]
pub struct SessionLock {
    path: Option<PathBuf>,
}

impl SessionLock {
    /// Creates the lock file with `create_new`: `Ok(None)` when it exists already.
    fn create(path: &Path) -> io::Result<Option<SessionLock>> {
        use std::io::Write as _;
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(mut file) => {
                let _ = writeln!(file, "{}", std::process::id());
                Ok(Some(SessionLock {
                    path: Some(path.to_path_buf()),
                }))
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(None),
            Err(e) => Err(e),
        }
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        if let Some(path) = &self.path {
            let _ = fs::remove_file(path);
        }
    }
}

/// Another running program has the session open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the session is open in another window of Innovationslek (process {pid}); it is shown read-only and changes are not saved. If no other window has it open, delete {}",
    lock.display()
)]
pub struct LockHeld {
    /// The lock file.
    pub lock: PathBuf,
    /// The process id written in it.
    pub pid: u32,
}

impl crate::i18n::Localized for LockHeld {
    fn message(&self, language: crate::i18n::Language) -> String {
        language.fmt(
            K::SessionReadOnly,
            &[("pid", &self.pid), ("lock", &self.lock.display())],
        )
    }
}

/// Whether the process `pid` runs: known where the system lists processes under `/proc`.
fn process_alive(pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        // Our own id in a lock we do not hold: left by an earlier program with the same id.
        return Some(false);
    }
    Path::new("/proc/self")
        .exists()
        .then(|| Path::new(&format!("/proc/{pid}")).exists())
}

/// One session in a store's list.
#[derive(Debug, Clone)]
pub struct SessionListing {
    /// The session file.
    pub path: PathBuf,
    /// The session's id (the file name without `.ron`).
    pub id: String,
    /// What was read, or why it could not be read (the file is kept for the user), said in
    /// the interface's language where shown.
    pub state: Result<ListedSession, std::sync::Arc<SessionFileError>>,
}

/// What a list shows of a readable session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedSession {
    /// The workshop's id.
    pub workshop: String,
    /// The workshop's title when the session was created.
    pub workshop_title: String,
    /// The planned start.
    pub planned_start: DateTime<FixedOffset>,
    /// When it last changed.
    pub updated: DateTime<Utc>,
    /// When it ended, if it did.
    pub finished: Option<DateTime<Utc>>,
    /// Whether it was read from `.bak`.
    pub from_backup: bool,
    /// The id of the step the session is at.
    pub current_step: String,
}

/// The program's own data folder (Linux `~/.local/share/innovationslek`, macOS
/// `~/Library/Application Support/se.Kiruna.Innovationslek`, Windows
/// `%APPDATA%\Kiruna\Innovationslek\data`): the sessions and the window's settings
/// (`app.ron`) are kept there. `None` when the system names no home.
pub fn data_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("se", "Kiruna", "Innovationslek")
        .map(|d| d.data_dir().to_path_buf())
}

/// The folder of saved sessions: `<data folder>/sessions/` by default, any folder in tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionStore {
    root: PathBuf,
}

impl SessionStore {
    /// A store in this folder (created on the first save).
    pub fn new(root: impl Into<PathBuf>) -> SessionStore {
        SessionStore { root: root.into() }
    }

    /// The user's session folder: `sessions/` in the platform's data folder for
    /// `se.Kiruna.Innovationslek` (Linux `~/.local/share/innovationslek/sessions`, macOS
    /// `~/Library/Application Support/se.Kiruna.Innovationslek/sessions`, Windows
    /// `%APPDATA%\Kiruna\Innovationslek\data\sessions`). `None` when the system names no home.
    pub fn default_root() -> Option<PathBuf> {
        data_folder().map(|d| d.join("sessions"))
    }

    /// The store in the user's data folder.
    pub fn user() -> Option<SessionStore> {
        Self::default_root().map(SessionStore::new)
    }

    /// The store's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file of a session id. An id that is not a plain file name (such as `../x`, read
    /// from a hand-made file) is made into one, so the file is always inside the store.
    pub fn path_of(&self, id: &str) -> PathBuf {
        let name = format!("{id}.ron");
        crate::fsutil::join_inside(&self.root, &name).unwrap_or_else(|_| {
            self.root
                .join(format!("{}.ron", crate::fsutil::safe_stem(id)))
        })
    }

    fn ensure_root(&self) -> Result<(), SessionFileError> {
        let io = |source| SessionFileError::Io {
            path: self.root.clone(),
            source,
        };
        if self.root.is_dir() {
            return Ok(());
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&self.root)
                .map_err(io)
        }
        #[cfg(not(unix))]
        {
            fs::create_dir_all(&self.root).map_err(io)
        }
    }

    /// An id based on `base` that no session of the store uses yet (`base`, `base-2`, …).
    pub fn free_id(&self, base: &str) -> String {
        let taken = |id: &str| {
            let path = self.path_of(id);
            path.exists() || backup_path(&path).exists() || lock_path(&path).exists()
        };
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or_else(|| base.to_owned())
    }

    /// Saves a new session under an id no other session uses (changing the session's id if
    /// needed); returns its file.
    pub fn save_new(&self, session: &mut Session) -> Result<PathBuf, SessionFileError> {
        self.create(session).map(|(path, _lock)| path)
    }

    /// Saves a new session under an id no other session uses, and holds it open: the id is
    /// taken by creating its lock file with `create_new`, so two running programs never pick
    /// the same id. Returns the file and the lock (keep it while the session is open).
    pub fn create(
        &self,
        session: &mut Session,
    ) -> Result<(PathBuf, SessionLock), SessionFileError> {
        self.ensure_root()?;
        let base = session.id().to_owned();
        for n in 1..=10_000u32 {
            let id = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            let path = self.path_of(&id);
            if path.exists() || backup_path(&path).exists() {
                continue;
            }
            let Some(lock) =
                SessionLock::create(&lock_path(&path)).map_err(|source| SessionFileError::Io {
                    path: lock_path(&path),
                    source,
                })?
            else {
                continue;
            };
            session.set_id(id);
            let path = self.save(session)?;
            return Ok((path, lock));
        }
        Err(SessionFileError::Io {
            path: self.path_of(&base),
            source: io::Error::new(
                io::ErrorKind::AlreadyExists,
                IoMessage(Message::new(K::SessionNoFreeName)),
            ),
        })
    }

    /// Marks the session `id` as open in this program. When another running program has it
    /// open, the error says so (and which file to delete if that program is gone).
    pub fn lock(&self, id: &str) -> Result<SessionLock, LockHeld> {
        let path = lock_path(&self.path_of(id));
        for _ in 0..2 {
            match SessionLock::create(&path) {
                Ok(Some(lock)) => return Ok(lock),
                Ok(None) => {
                    let holder = fs::read_to_string(&path)
                        .ok()
                        .and_then(|t| t.trim().parse::<u32>().ok());
                    match holder {
                        Some(pid) if process_alive(pid) != Some(false) => {
                            return Err(LockHeld { lock: path, pid });
                        }
                        // Left by a program that is gone (or unreadable): take it over.
                        _ => {
                            let _ = fs::remove_file(&path);
                        }
                    }
                }
                // A store that cannot hold a lock (read-only folder): open without one.
                Err(_) => return Ok(SessionLock { path: None }),
            }
        }
        Ok(SessionLock { path: None })
    }

    /// Saves a session (after every change); returns its file.
    pub fn save(&self, session: &Session) -> Result<PathBuf, SessionFileError> {
        self.save_file(session.file())
    }

    /// Saves a session's state; returns its file.
    pub fn save_file(&self, file: &SessionFile) -> Result<PathBuf, SessionFileError> {
        self.ensure_root()?;
        let path = self.path_of(&file.id);
        write_session(&path, file)?;
        Ok(path)
    }

    /// Opens a session by id for resuming. When the main file is damaged, the previous save is
    /// loaded from `.bak` and the damaged file is moved aside to `<id>.ron.damaged` (numbered if
    /// that exists) so the next save cannot overwrite it; the notice says where it is.
    pub fn open(&self, id: &str) -> Result<LoadedSession, SessionFileError> {
        let path = self.path_of(id);
        let mut loaded = read_session(&path)?;
        if loaded.from_backup && path.exists() {
            let mut aside = path.with_extension("ron.damaged");
            let mut n = 2;
            while aside.exists() {
                aside = path.with_extension(format!("ron.damaged-{n}"));
                n += 1;
            }
            fs::rename(&path, &aside).map_err(|source| SessionFileError::Io {
                path: path.clone(),
                source,
            })?;
            loaded
                .notices
                .push(Message::new(K::DmgKeptAs).with("path", aside.display()));
        }
        Ok(loaded)
    }

    /// Deletes a session: its file and its `.bak` (a damaged file moved aside is kept).
    pub fn remove(&self, id: &str) -> Result<(), SessionFileError> {
        let path = self.path_of(id);
        for p in [backup_path(&path), path.clone()] {
            match fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(source) => return Err(SessionFileError::Io { path: p, source }),
            }
        }
        Ok(())
    }

    /// Every session in the store, newest change first; unreadable ones with their problem.
    pub fn list(&self) -> Vec<SessionListing> {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let id = name
                    .strip_suffix(".ron.bak")
                    .or_else(|| name.strip_suffix(".ron"))?;
                (!name.starts_with('.')).then(|| id.to_owned())
            })
            .collect();
        ids.sort();
        ids.dedup();
        let mut out: Vec<SessionListing> = ids
            .into_iter()
            .map(|id| {
                let path = self.path_of(&id);
                let state = read_session(&path)
                    .map(|l| ListedSession {
                        workshop: l.file.workshop,
                        workshop_title: l.file.workshop_title,
                        planned_start: l.file.planned_start,
                        updated: l.file.updated,
                        finished: l.file.finished,
                        from_backup: l.from_backup,
                        current_step: l.file.current_step,
                    })
                    .map_err(std::sync::Arc::new);
                SessionListing { path, id, state }
            })
            .collect();
        out.sort_by(|a, b| {
            let key = |l: &SessionListing| l.state.as_ref().ok().map(|s| s.updated);
            key(b).cmp(&key(a)).then_with(|| a.id.cmp(&b.id))
        });
        out
    }

    /// The sessions not finished yet (to offer resuming them), and the unreadable ones (so the
    /// user learns about them), newest first.
    pub fn unfinished(&self) -> Vec<SessionListing> {
        self.list()
            .into_iter()
            .filter(|l| l.state.as_ref().map_or(true, |s| s.finished.is_none()))
            .collect()
    }
}
