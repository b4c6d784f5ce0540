//! A bare eframe window with a one-second countdown: the baseline that the app's CPU use with a
//! running timer is compared against (same eframe features, same repaint scheduling).
//!
//! `cargo run --release --example bare_countdown`; set `BIG=1` for a 96-point timer like the
//! app's, `TEXT=N` to add about N characters of running text and `FILLS=N` to paint N
//! window-sized rectangles (what panel backgrounds cost a software renderer); `FRAMES=1`
//! prints each frame to stderr (as `cockpit_cpu` does).

use std::time::{Duration, Instant};

struct Bare {
    start: Instant,
    big: bool,
    text: String,
    fills: usize,
    frames: u64,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if std::env::var_os("FRAMES").is_some() {
            eprintln!("frame {}", self.frames);
        }
        let elapsed = self.start.elapsed();
        let screen = ui.max_rect();
        for _ in 0..self.fills {
            ui.painter()
                .rect_filled(screen, 0.0, ui.visuals().panel_fill);
        }
        let left = 3600u64.saturating_sub(elapsed.as_secs());
        let timer = egui::RichText::new(format!("{:02}:{:02}", left / 60, left % 60));
        ui.label(if self.big {
            timer.size(96.0).monospace()
        } else {
            timer
        });
        if !self.text.is_empty() {
            ui.label(&self.text);
        }
        let into_second = u64::from(elapsed.subsec_millis());
        ui.ctx()
            .request_repaint_after(Duration::from_millis(1000 - into_second + 5));
    }
}

fn main() -> eframe::Result {
    let chars: usize = std::env::var("TEXT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let sentence = "Välkomna! Vi börjar med en kort runda om problemet. ";
    let bare = Bare {
        start: Instant::now(),
        big: std::env::var_os("BIG").is_some(),
        text: sentence.repeat(chars / sentence.chars().count()),
        fills: std::env::var("FILLS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
        frames: 0,
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
