//! What the facilitator looks at in the session view (an opened card, a folded rail, the
//! projector's choices), kept apart from the session itself.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

/// The session view's own state (what the facilitator looks at, not the session).
#[derive(Debug, Clone, Default)]
pub struct SessionViewState {
    /// The keyboard help is shown.
    pub help: bool,
    /// The projector window is open.
    pub projector_open: bool,
    /// The projector window is full screen.
    pub projector_fullscreen: bool,
    /// This window shows the room's view full screen (single screen).
    pub presenting: bool,
    /// The room sees a black screen (B).
    pub blank: bool,
    /// The agenda rail: shown or hidden by the facilitator; `None` follows the window's width.
    pub rail: Option<bool>,
    /// The card shown large, by id.
    pub open_card: Option<String>,
    /// The table field shown on the projector, by id.
    pub projected: Option<String>,
    /// Finishing the workshop waits for the facilitator's yes.
    pub confirm_finish: bool,
    /// Letter shortcuts rest until then: someone typed outside a text field.
    pub typing_until: Option<DateTime<Utc>>,
    /// The text of each list field's "new item" box, by field id.
    pub new_items: BTreeMap<String, String>,
    /// The text typed for each role (who has it), by role name.
    pub role_inputs: BTreeMap<String, String>,
}

/// A change of the session view's own state, from the view to [`SessionViewState::change`].
#[derive(Debug, Clone, PartialEq)]
pub enum ViewChange {
    /// Show (`true`) or hide the agenda rail: the opposite of what the window shows now, so
    /// the first press works also while the rail follows the window's width.
    ShowRail(bool),
    /// Black out the room's screen, or show it again.
    ToggleBlank,
    /// Show a card large, or close it.
    OpenCard(Option<String>),
    /// Show a table field on the projector, or stop.
    Project(Option<String>),
    /// Ask before finishing, or stop asking.
    ConfirmFinish(bool),
    /// Letter shortcuts rest until then (`None`: they work again).
    TypingUntil(Option<DateTime<Utc>>),
}

impl SessionViewState {
    /// Applies a change of the view's own state.
    pub fn change(&mut self, change: ViewChange) {
        match change {
            ViewChange::ShowRail(shown) => self.rail = Some(shown),
            ViewChange::ToggleBlank => self.blank = !self.blank,
            ViewChange::OpenCard(card) => self.open_card = card,
            ViewChange::Project(field) => self.projected = field,
            ViewChange::ConfirmFinish(ask) => self.confirm_finish = ask,
            ViewChange::TypingUntil(until) => self.typing_until = until,
        }
    }
}
