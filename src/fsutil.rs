//! Writing files so that a failure never leaves a half-written file behind.
//!
//! Outputs (PDFs, summaries, session files) are written to a temporary file in the same folder,
//! flushed and synced, then renamed over the target in one step. This module owns that, and the
//! default output folder; it does not know what the bytes are.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// At most this many bytes of the target's name go into a temporary file's name, so that the
/// temporary name stays legal (255 bytes on common file systems) for any legal target name.
const TEMP_STEM_BYTES: usize = 40;

/// A temporary file of our pattern older than this is left over from a killed process.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(15 * 60);

/// Tells temporary files of one process apart when it writes the same target twice at once.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Whether a target can be written: nothing there, or an ordinary file. A link, a folder, a
/// device, a pipe or a socket is refused, so that writing never replaces (or writes into)
/// something that is not an ordinary file. The error says what is there and what to do.
pub fn check_target(path: &Path) -> io::Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    use crate::i18n::{IoMessage, Key, Message};
    let what = if meta.file_type().is_symlink() {
        Key::IoWhatLink
    } else if meta.is_file() {
        return Ok(());
    } else if meta.is_dir() {
        Key::IoWhatFolder
    } else {
        Key::IoWhatDevice
    };
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        IoMessage(
            Message::new(Key::IoNotATarget)
                .with("path", path.display())
                .part("what", Message::new(what)),
        ),
    ))
}

/// The longest file stem [`safe_stem`] makes.
pub const MAX_STEM_CHARS: usize = 80;

/// A file stem made from an id found in a file: lower-case letters a–z, digits and `-` only
/// (others become `-`, å ä ö become a a o), at most [`MAX_STEM_CHARS`] long, never empty. A
/// session file's `id: "../../x"` thus names a file inside the exports folder, not outside it.
pub fn safe_stem(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'a'..='z' | '0'..='9' => c,
            'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
        if out.len() >= MAX_STEM_CHARS {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "session".to_owned()
    } else {
        out.to_owned()
    }
}

/// `dir/name`, when `name` is one ordinary file name (no folder separator, not `.` or `..`);
/// otherwise an error, so that no name taken from a file can lead outside `dir`.
pub fn join_inside(dir: &Path, name: &str) -> io::Result<PathBuf> {
    let mut parts = Path::new(name).components();
    match (parts.next(), parts.next()) {
        (Some(std::path::Component::Normal(part)), None)
            if part == std::ffi::OsStr::new(name) && !name.contains(['/', '\\']) =>
        {
            Ok(dir.join(name))
        }
        _ => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::i18n::IoMessage(
                crate::i18n::Message::new(crate::i18n::Key::IoNotPlainName).with("name", name),
            ),
        )),
    }
}

/// The folder a target is written in (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A temporary name next to `path`: `.NAME.PID-N.tmp`, with NAME cut to a few dozen bytes.
fn temp_path(dir: &Path, path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let mut cut = name.len().min(TEMP_STEM_BYTES);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(".{}.{}-{n}.tmp", &name[..cut], std::process::id()))
}

/// Whether a file name is one of our temporary files: `.NAME.PID.tmp` or `.NAME.PID-N.tmp`.
pub fn is_our_temp_name(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((stem, tag)) = inner.rsplit_once('.') else {
        return false;
    };
    let mut parts = tag.splitn(2, '-');
    let pid = parts.next().unwrap_or_default();
    let counter = parts.next().unwrap_or("0");
    !stem.is_empty()
        && !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && !counter.is_empty()
        && counter.bytes().all(|b| b.is_ascii_digit())
}

/// Removes temporary files of our pattern in `dir` left by a process that was killed while
/// writing: ordinary files older than [`STALE_TEMP_AGE`]. Returns how many were removed.
pub fn clean_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_our_temp_name) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_TEMP_AGE);
        if meta.is_file() && old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Writes `bytes` to `path` atomically: the file is either the old one or the new one, never
/// a mix. The folder is created if missing. On Unix, `private` makes the file readable by the
/// user only (0600). A target that exists and is not an ordinary file is refused (see
/// [`check_target`]); stale temporary files of an earlier, killed write are cleaned first.
pub fn write_atomic(path: &Path, bytes: &[u8], private: bool) -> io::Result<()> {
    write_replacing(path, bytes, private, None)
}

/// Like [`write_atomic`], and keeps the version it replaces as `backup`. The new text is
/// written and synced first; only then does the previous file become the backup (by a hard
/// link, or a copy where links are not possible) and the new one take its place, so that
/// `path` exists at every moment.
pub fn write_atomic_with_backup(
    path: &Path,
    bytes: &[u8],
    private: bool,
    backup: &Path,
) -> io::Result<()> {
    write_replacing(path, bytes, private, Some(backup))
}

fn write_replacing(
    path: &Path,
    bytes: &[u8],
    private: bool,
    backup: Option<&Path>,
) -> io::Result<()> {
    check_target(path)?;
    if let Some(backup) = backup {
        check_target(backup)?;
    }
    let dir = folder_of(path);
    fs::create_dir_all(&dir)?;
    clean_stale_temps(&dir);
    let temp = temp_path(&dir, path);
    let mut backup_temp = None;
    let result = (|| {
        let mut file = open_new(&temp, private)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        if let Some(backup) = backup
            && fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
        {
            let staged = temp_path(&dir, backup);
            backup_temp = Some(staged.clone());
            if fs::hard_link(path, &staged).is_err() {
                fs::copy(path, &staged)?;
                fs::File::open(&staged)?.sync_all()?;
            }
            fs::rename(&staged, backup)?;
        }
        // Checked again just before the rename: something may have appeared meanwhile.
        check_target(path)?;
        fs::rename(&temp, path)?;
        // Make the rename itself durable where the platform allows syncing a folder.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
        if let Some(staged) = backup_temp {
            let _ = fs::remove_file(staged);
        }
    }
    result
}

#[cfg(unix)]
fn open_new(path: &Path, private: bool) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = fs::OpenOptions::new();
    // A new name every time: never open something already there (a planted link, say).
    options.write(true).create_new(true);
    if private {
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(not(unix))]
fn open_new(path: &Path, _private: bool) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub/out.txt");
        write_atomic(&path, b"one", false).expect("write");
        write_atomic(&path, b"two", false).expect("replace");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let leftovers: Vec<_> = fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_for_the_user_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.ron");
        write_atomic(&path, b"x", true).expect("write");
        let mode = fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_failed_write_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        // The target is a folder: the rename fails, and no temporary file stays behind.
        let target = dir.path().join("taken");
        fs::create_dir(&target).expect("mkdir");
        fs::write(target.join("x"), b"x").expect("fill");
        assert!(write_atomic(&target, b"data", false).is_err());
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["taken".to_owned()]);
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_and_left_alone() {
        let device = Path::new("/dev/null");
        let err = write_atomic(device, b"x", false).expect_err("refused");
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(err.to_string().contains("not an ordinary file"), "{err}");
        use std::os::unix::fs::FileTypeExt;
        assert!(
            fs::symlink_metadata(device)
                .expect("still there")
                .file_type()
                .is_char_device()
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_refused_without_waiting() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("out.pdf");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            return; // no mkfifo on this system
        }
        assert!(write_atomic(&fifo, b"x", false).is_err());
        use std::os::unix::fs::FileTypeExt;
        assert!(
            fs::symlink_metadata(&fifo)
                .expect("still there")
                .file_type()
                .is_fifo()
        );
        assert_eq!(names_in(dir.path()), vec!["out.pdf".to_owned()]);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("real.txt");
        fs::write(&target, b"keep").expect("write");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        let err = write_atomic(&link, b"new", false).expect_err("refused");
        assert!(err.to_string().contains("is a link"), "{err}");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).expect("read"), b"keep");
    }

    #[test]
    fn the_longest_legal_name_can_be_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        for len in [245, 250, 255] {
            let name = format!("{}.pdf", "å".repeat((len - 4) / 2));
            assert!(name.len() <= 255);
            let path = dir.path().join(&name);
            write_atomic(&path, b"x", false).expect("written");
            assert_eq!(fs::read(&path).expect("read"), b"x");
            let name = "n".repeat(len);
            write_atomic(&dir.path().join(&name), b"y", false).expect("written");
        }
    }

    #[test]
    fn only_our_temporary_names_are_recognised() {
        assert!(is_our_temp_name(".s.ron.1234.tmp"));
        assert!(is_our_temp_name(".s.ron.1234-7.tmp"));
        assert!(!is_our_temp_name("s.ron.1234.tmp"));
        assert!(!is_our_temp_name(".s.ron.tmp"));
        assert!(!is_our_temp_name(".s.ron.12a4.tmp"));
        assert!(!is_our_temp_name(".1234.tmp"));
    }

    #[test]
    fn stale_temporary_files_are_cleaned_when_the_folder_is_next_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let stale = dir.path().join(".a.ron.999999.tmp");
        let fresh = dir.path().join(".b.ron.999998-3.tmp");
        let other = dir.path().join(".notes.tmp");
        for p in [&stale, &fresh, &other] {
            fs::write(p, b"x").expect("write");
        }
        let old = SystemTime::now() - STALE_TEMP_AGE - Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&stale)
            .expect("open")
            .set_modified(old)
            .expect("age it");
        write_atomic(&dir.path().join("c.ron"), b"c", false).expect("write");
        assert_eq!(
            names_in(dir.path()),
            vec![
                ".b.ron.999998-3.tmp".to_owned(),
                ".notes.tmp".to_owned(),
                "c.ron".to_owned()
            ]
        );
    }

    #[test]
    fn the_previous_version_becomes_the_backup_after_the_new_one_is_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.ron");
        let bak = dir.path().join("s.ron.bak");
        write_atomic_with_backup(&path, b"one", true, &bak).expect("first");
        assert!(!bak.exists(), "nothing to keep yet");
        write_atomic_with_backup(&path, b"two", true, &bak).expect("second");
        assert_eq!(fs::read(&path).expect("main"), b"two");
        assert_eq!(fs::read(&bak).expect("bak"), b"one");
        write_atomic_with_backup(&path, b"three", true, &bak).expect("third");
        assert_eq!(fs::read(&path).expect("main"), b"three");
        assert_eq!(fs::read(&bak).expect("bak"), b"two");
        assert_eq!(
            names_in(dir.path()),
            vec!["s.ron".to_owned(), "s.ron.bak".to_owned()]
        );
    }

    #[test]
    fn stems_from_ids_stay_plain_and_short() {
        assert_eq!(
            safe_stem("kirunamodellen-60-20261126-1300"),
            "kirunamodellen-60-20261126-1300"
        );
        assert_eq!(safe_stem("../../evil"), "evil");
        assert_eq!(safe_stem("/etc/passwd"), "etc-passwd");
        assert_eq!(safe_stem("Åsa Öberg"), "asa-oberg");
        assert_eq!(safe_stem(".."), "session");
        assert_eq!(safe_stem(""), "session");
        assert_eq!(safe_stem(&"x".repeat(500)).len(), MAX_STEM_CHARS);
    }

    #[test]
    fn joined_names_stay_inside_their_folder() {
        let dir = Path::new("exports");
        assert_eq!(join_inside(dir, "a.md").expect("plain"), dir.join("a.md"));
        for bad in ["../a.md", "/tmp/a.md", "..", ".", "a/b.md", "a\\b.md", ""] {
            assert!(join_inside(dir, bad).is_err(), "{bad}");
        }
    }
}
