//! A bare eframe window with one label: the baseline for the app's time to the first frame
//! (same eframe features and window size). With `INNOVATIONSLEK_TIMING=1` it prints, like the
//! app, how long after the start of `main` its first frame was drawn, and with
//! `INNOVATIONSLEK_EXIT_AFTER_FIRST_FRAME=1` it closes right after it.
//!
//! `cargo run --release --example bare_window`

use std::time::Instant;

struct Bare {
    start: Instant,
    first: bool,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("Innovationslek");
        if self.first {
            self.first = false;
            if std::env::var_os("INNOVATIONSLEK_TIMING").is_some() {
                eprintln!(
                    "bare: first frame {:.1} ms after start",
                    self.start.elapsed().as_secs_f64() * 1000.0
                );
            }
            if std::env::var_os("INNOVATIONSLEK_EXIT_AFTER_FIRST_FRAME").is_some() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

fn main() -> eframe::Result {
    let bare = Bare {
        start: Instant::now(),
        first: true,
    };
    eframe::run_native(
        "bare",
        eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
            ..Default::default()
        },
        Box::new(|_| Ok(Box::new(bare))),
    )
}
