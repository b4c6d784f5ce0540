//! The app's cockpit with a running timer, started without clicks: what the CPU measurement
//! compares with `examples/bare_countdown.rs` (same window size, same eframe features).
//!
//! `cargo run --release --example cockpit_cpu` starts Kirunamodellen 135 from `./decks` with
//! seed 42, goes to step 2, draws its cards and starts the timer. `PROJECTOR=1` also opens the
//! projector window; `FRAMES=1` prints each frame to stderr (to count frames per second).
//! Sessions are saved in a temporary folder, not in the user's data folder.

mod common;

use innovationslek::app::{App, Command};

struct Cockpit {
    frames: u64,
    app: App,
    _store: std::path::PathBuf,
}

impl eframe::App for Cockpit {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
        self.frames += 1;
        if std::env::var_os("FRAMES").is_some() {
            eprintln!("frame {}", self.frames);
        }
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }
}

fn main() -> eframe::Result {
    let store = std::env::temp_dir().join(format!("cockpit-cpu-{}", std::process::id()));
    let mut app = common::cockpit_app(&store);
    if std::env::var_os("PROJECTOR").is_some() {
        app.apply(Command::ToggleProjector);
    }
    eframe::run_native(
        "cockpit",
        eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
            ..Default::default()
        },
        Box::new(move |cc| {
            // As `App::new` does under OpenGL: the projector's background is the window's clear.
            if cc.gl.is_some() {
                innovationslek::ui::projector::enable_gl_clear(&cc.egui_ctx);
            }
            Ok(Box::new(Cockpit {
                frames: 0,
                app,
                _store: store,
            }))
        }),
    )
}
