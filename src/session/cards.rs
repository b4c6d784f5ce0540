//! Card draws in a session: drawing, keeping, discarding, undoing a draw and the cards each
//! step shows.

use super::*;

/// The cards of one step (see [`Session::step_cards`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepCards {
    /// Drawn in the step and on its table (neither kept nor discarded), oldest first; the
    /// newest card is the last.
    pub table: Vec<PileCard>,
    /// Drawn in the step and kept as chosen, in the order drawn.
    pub kept: Vec<PileCard>,
}

impl StepCards {
    /// Whether the step has no cards showing.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty() && self.kept.is_empty()
    }
}

/// A card drawn in an earlier step that is still on its table or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierCard {
    /// The position of the step it was drawn in.
    pub step: usize,
    /// The card.
    pub card: PileCard,
    /// Whether it was kept (else it is still on that step's table).
    pub kept: bool,
}

impl Session {
    /// The categories and count a draw in the current step uses by default: the step's draw,
    /// or one card from the whole deck.
    pub fn default_draw(&self) -> (Vec<String>, u32) {
        match &self.step().draw {
            Some(d) => (d.categories.clone(), d.count),
            None => (Vec::new(), 1),
        }
    }

    /// Draws cards (see [`SessionCommand::Draw`]).
    pub fn draw(
        &mut self,
        categories: Option<Vec<String>>,
        count: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<Vec<PileCard>, SessionError> {
        self.open()?;
        let (default_categories, default_count) = self.default_draw();
        let categories = categories.unwrap_or(default_categories);
        let count = usize::try_from(count.unwrap_or(default_count)).unwrap_or(usize::MAX);
        if self.step().pause {
            return Err(SessionError::Break);
        }
        let step = self.step().id.clone();
        let pile = self.file.draws.as_mut().ok_or(SessionError::NoDeck)?;
        let cards = pile.draw(&categories, count, Some(&step), now)?;
        self.worked();
        self.changed(now);
        Ok(cards)
    }

    pub(super) fn pile_mut(&mut self) -> Result<&mut DrawPile, SessionError> {
        self.open()?;
        self.file.draws.as_mut().ok_or(SessionError::NoDeck)
    }

    /// Keeps a drawn card as chosen.
    pub fn keep(&mut self, card: &str, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.pile_mut()?.keep(card)?;
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// Puts a drawn or kept card on the discard pile.
    pub fn discard(&mut self, card: &str, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.pile_mut()?.discard(card)?;
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// Undoes the last draw (or reshuffle) of the pile exactly, generator included. This is the
    /// pile's own undo, outside the session's history; the app uses [`SessionCommand::Undo`].
    pub fn undo_draw(&mut self, now: DateTime<Utc>) -> Result<Vec<PileCard>, SessionError> {
        let cards = self.pile_mut()?.undo()?;
        self.changed(now);
        Ok(cards)
    }

    /// Moves the cards still on the current step's table (drawn in this step, not kept) to the
    /// discard pile in one action; returns how many.
    pub fn clear_table(&mut self, now: DateTime<Utc>) -> Result<usize, SessionError> {
        self.open()?;
        let ids: Vec<String> = self
            .step_cards(self.current)
            .table
            .into_iter()
            .map(|c| c.id)
            .collect();
        let pile = self.pile_mut()?;
        for id in &ids {
            pile.discard(id)?;
        }
        if !ids.is_empty() {
            self.worked();
            self.changed(now);
        }
        Ok(ids.len())
    }

    /// The position of the step a card was last drawn in, if it was drawn in a step of this
    /// workshop.
    pub fn card_step(&self, card: &str) -> Option<usize> {
        let pile = self.draws()?;
        let step = pile
            .draws()
            .filter(|d| d.cards.iter().any(|c| c == card))
            .last()?
            .step
            .as_ref()?;
        self.workshop.steps.iter().position(|s| &s.id == step)
    }

    /// The cards of the step at `index`: those drawn in it that are on the table or kept, in
    /// the order drawn. A step opens with an empty table; cards of other steps are not here.
    pub fn step_cards(&self, index: usize) -> StepCards {
        let mut cards = StepCards::default();
        let Some(pile) = self.draws() else {
            return cards;
        };
        let Some(step) = self.workshop.steps.get(index) else {
            return cards;
        };
        let mut seen: Vec<&str> = Vec::new();
        for record in pile.draws().filter(|d| d.step.as_ref() == Some(&step.id)) {
            for id in &record.cards {
                if seen.contains(&id.as_str()) || self.card_step(id) != Some(index) {
                    continue;
                }
                seen.push(id);
                let Some(card) = pile.card(id) else { continue };
                match pile.place(id) {
                    Some(CardPlace::Table) => cards.table.push(card.clone()),
                    Some(CardPlace::Kept) => cards.kept.push(card.clone()),
                    _ => {}
                }
            }
        }
        cards
    }

    /// The cards drawn in steps before the one at `index` (in agenda order) that are still on
    /// a table or kept, grouped by step in agenda order ("Tidigare kort").
    pub fn earlier_cards(&self, index: usize) -> Vec<EarlierCard> {
        let mut out = Vec::new();
        for step in 0..index.min(self.workshop.steps.len()) {
            let cards = self.step_cards(step);
            for (card, kept) in cards
                .kept
                .into_iter()
                .map(|c| (c, true))
                .chain(cards.table.into_iter().map(|c| (c, false)))
            {
                out.push(EarlierCard { step, card, kept });
            }
        }
        out
    }

    /// Puts the discard pile back into the pile; returns how many cards went back.
    pub fn reshuffle(&mut self, now: DateTime<Utc>) -> Result<usize, SessionError> {
        let step = self.step().id.clone();
        let n = self.pile_mut()?.reshuffle(Some(&step), now);
        self.changed(now);
        Ok(n)
    }
}
