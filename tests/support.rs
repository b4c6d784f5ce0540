//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// The repository's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled decks folder.
pub fn decks_dir() -> PathBuf {
    root().join("decks")
}

/// Runs the command line in-process; returns exit code, stdout and stderr.
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    // In English unless a test asks for a language: the messages follow the system's language.
    let mut all = vec!["innovationslek"];
    if !args.contains(&"--lang") {
        all.extend(["--lang", "en"]);
    }
    all.extend_from_slice(args);
    run_cli_as_is(&all[1..])
}

/// Runs the command line with exactly `args`, in the system's language where none is given.
pub fn run_cli_as_is(args: &[&str]) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["innovationslek"];
    all.extend_from_slice(args);
    let code = match innovationslek::cli::run(all, &mut out, &mut err) {
        innovationslek::cli::Outcome::Exit(code) => code,
        innovationslek::cli::Outcome::App { .. } => -1,
    };
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

/// Writes `text` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(&path, text).expect("write file");
    path
}

/// A pixel snapshot of the room's view `view` alone, drawn at `size` with wgpu into
/// `tests/snapshots/NAME.png` (feature `snapshots`).
#[cfg(feature = "snapshots")]
pub fn projector_snapshot(
    view: innovationslek::ui::projector::ProjectorView,
    size: egui::Vec2,
    name: &str,
) -> Result<(), egui_kittest::SnapshotError> {
    let mut room = egui_kittest::Harness::builder()
        .with_size(size)
        .wgpu()
        .build_ui_state(
            |ui, view: &mut innovationslek::ui::projector::ProjectorView| {
                egui::CentralPanel::default()
                    .frame(egui::Frame::new())
                    .show(ui, |ui| {
                        innovationslek::ui::projector::projector_ui(ui, view, false, false)
                    });
            },
            view,
        );
    room.run();
    room.try_snapshot(name)
}
