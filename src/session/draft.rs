//! Before the day: the preparation ticks and the roles of a workshop, kept until a session
//! starts.
//!
//! A [`SessionDraft`] is filled in on the workshop's page (which preparation items are done, who
//! has which role) and saved per workshop in the store's `drafts/` folder, so it survives closing
//! the program. [`crate::session::Session::take_draft`] copies it into a new session, which then
//! keeps the roles (shown and printed in the summary) and the ticked items. Drafts hold names, so
//! they are written like session files: atomically, readable by the user only.

use std::fs;
use std::io;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::RoleAssignment;
use super::file::{SessionFileError, SessionStore};
use crate::fsutil::write_atomic;
use crate::model::Workshop;

/// What was prepared for a workshop before a session of it starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDraft {
    /// The workshop's id.
    pub workshop: String,
    /// The preparation items ticked, as written in the workshop (so a changed list keeps the
    /// ticks of the items that stayed).
    #[serde(default)]
    pub prepared: Vec<String>,
    /// Who has which role, as written.
    #[serde(default)]
    pub roles: Vec<RoleAssignment>,
    /// When it last changed.
    pub updated: DateTime<Utc>,
}

impl SessionDraft {
    /// An empty draft for a workshop.
    pub fn new(workshop: &str, now: DateTime<Utc>) -> SessionDraft {
        SessionDraft {
            workshop: workshop.to_owned(),
            prepared: Vec::new(),
            roles: Vec::new(),
            updated: now,
        }
    }

    /// Whether the preparation item is ticked.
    pub fn is_prepared(&self, item: &str) -> bool {
        self.prepared.iter().any(|p| p == item)
    }

    /// Ticks a preparation item, or takes the tick off.
    pub fn set_prepared(&mut self, item: &str, done: bool, now: DateTime<Utc>) {
        self.prepared.retain(|p| p != item);
        if done {
            self.prepared.push(item.to_owned());
        }
        self.updated = now;
    }

    /// Who has a role, if written down.
    pub fn role(&self, role: &str) -> Option<&str> {
        self.roles
            .iter()
            .find(|r| r.role == role)
            .map(|r| r.people.as_str())
    }

    /// Writes down who has a role; empty (or blank) `people` removes it. The text is kept as
    /// typed, so typing a space between names is not lost.
    pub fn set_role(&mut self, role: &str, people: &str, now: DateTime<Utc>) {
        if people.trim().is_empty() {
            self.roles.retain(|r| r.role != role);
        } else if let Some(r) = self.roles.iter_mut().find(|r| r.role == role) {
            people.clone_into(&mut r.people);
        } else {
            self.roles.push(RoleAssignment {
                role: role.to_owned(),
                people: people.to_owned(),
            });
        }
        self.updated = now;
    }

    /// Whether nothing was filled in.
    pub fn is_empty(&self) -> bool {
        self.prepared.is_empty() && self.roles.is_empty()
    }

    /// How many of the workshop's preparation items are ticked.
    pub fn prepared_count(&self, workshop: &Workshop) -> usize {
        workshop
            .preparation
            .iter()
            .filter(|p| self.is_prepared(p))
            .count()
    }

    /// The draft as RON text.
    pub fn to_ron(&self) -> Result<String, SessionFileError> {
        super::file::pretty_ron(self)
    }

    /// Reads a draft's text.
    pub fn from_ron(text: &str) -> Result<SessionDraft, crate::i18n::Message> {
        crate::model::ron_options()
            .from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
            .map_err(|e: ron::error::SpannedError| {
                crate::i18n::Message::new(crate::i18n::Key::DmgAt)
                    .with("line", e.span.start.line)
                    .with("column", e.span.start.col)
                    .part("problem", crate::model::parse::describe(&e.code))
            })
    }
}

impl SessionStore {
    /// The file of a workshop's draft: `drafts/<workshop id>.ron` in the store. Workshop ids
    /// are `[a-z0-9-]+` (checked when a workshop loads), so the name stays in that folder.
    pub fn draft_path(&self, workshop: &str) -> PathBuf {
        let safe: String = workshop
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.root().join("drafts").join(format!("{safe}.ron"))
    }

    /// The saved draft of a workshop; `Ok(None)` when there is none. A damaged draft is an
    /// error that names the file (which is left as it is).
    pub fn load_draft(&self, workshop: &str) -> Result<Option<SessionDraft>, SessionFileError> {
        let path = self.draft_path(workshop);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(SessionFileError::Io { path, source }),
        };
        SessionDraft::from_ron(&text)
            .map(Some)
            .map_err(|problem| SessionFileError::Damaged { path, problem })
    }

    /// Saves a draft (an empty one removes the file).
    pub fn save_draft(&self, draft: &SessionDraft) -> Result<PathBuf, SessionFileError> {
        let path = self.draft_path(&draft.workshop);
        if draft.is_empty() {
            self.remove_draft(&draft.workshop)?;
            return Ok(path);
        }
        let io = |source| SessionFileError::Io {
            path: path.clone(),
            source,
        };
        if let Some(dir) = path.parent() {
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .map_err(io)?;
            }
            #[cfg(not(unix))]
            fs::create_dir_all(dir).map_err(io)?;
        }
        write_atomic(&path, draft.to_ron()?.as_bytes(), true).map_err(io)?;
        Ok(path)
    }

    /// Removes a workshop's draft, if there is one.
    pub fn remove_draft(&self, workshop: &str) -> Result<(), SessionFileError> {
        let path = self.draft_path(workshop);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(SessionFileError::Io { path, source }),
        }
    }
}
