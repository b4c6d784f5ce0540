//! The cockpit state the CPU examples measure, shared by `cockpit_cpu` and `paint_area`.

use innovationslek::app::{App, Command, PersistedState};
use innovationslek::session::{SessionCommand, SessionStore};

/// Kirunamodellen 135 from `./decks` with seed 42, in step 2 with its card drawn and the timer
/// running; sessions are saved under `store`, not in the user's data folder.
pub fn cockpit_app(store: &std::path::Path) -> App {
    let mut app = App::with_state("decks".into(), PersistedState::default(), false);
    app.set_store(Some(SessionStore::new(store.join("sessions"))));
    app.apply(Command::StartSession {
        workshop_id: "kirunamodellen-135".to_owned(),
        start: "13:00".to_owned(),
        seed: "42".to_owned(),
    });
    for command in [
        SessionCommand::Next,
        SessionCommand::Draw {
            categories: None,
            count: None,
        },
        SessionCommand::Start,
    ] {
        app.apply(Command::Session(command));
    }
    app
}
