//! The words of a summary in one language, from the catalogue, shared by every rendering.

use super::*;

impl Language {
    /// The words of a summary in this language.
    pub fn labels(self) -> &'static Labels {
        static LABELS: OnceLock<[Labels; 2]> = OnceLock::new();
        &LABELS.get_or_init(|| {
            [
                Labels::new(Language::Swedish),
                Labels::new(Language::English),
            ]
        })[self as usize]
    }

    /// The language for a BCP 47 tag: Swedish for `sv…`, English for any other language.
    pub fn for_tag(tag: &str) -> Language {
        Language::for_content(tag)
    }
}

/// The words of a summary in one language, from the catalogue (`sum-…` in `i18n/*.ftl`); shared by
/// every rendering of a summary (Markdown here, PDF in `report`), so they cannot drift apart.
#[allow(missing_docs)]
pub struct Labels {
    pub summary: &'static str,
    pub workshop: &'static str,
    pub date: &'static str,
    pub planned_start: &'static str,
    pub actual_start: &'static str,
    pub finished: &'static str,
    pub not_finished: &'static str,
    pub not_started: &'static str,
    pub deck: &'static str,
    pub seed: &'static str,
    pub session: &'static str,
    pub notes: &'static str,
    pub roles: &'static str,
    pub time: &'static str,
    pub step: &'static str,
    pub start: &'static str,
    pub planned_min: &'static str,
    pub actual_min: &'static str,
    pub difference_min: &'static str,
    pub remark: &'static str,
    pub skipped: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub total: &'static str,
    pub cards: &'static str,
    pub no_cards: &'static str,
    pub card: &'static str,
    pub category: &'static str,
    pub kept: &'static str,
    pub clock: &'static str,
    pub yes: &'static str,
    pub captures: &'static str,
    pub other_fields: &'static str,
    pub nothing: &'static str,
    pub chosen: &'static str,
    pub action_plan: &'static str,
    pub totals: &'static str,
    pub planned_time: &'static str,
    pub actual_time: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub on_time: &'static str,
    pub steps_skipped: &'static str,
    pub cards_drawn: &'static str,
    pub cards_kept: &'static str,
    pub items_chosen: &'static str,
    pub actions: &'static str,
    pub min: &'static str,
    pub rank: &'static str,
    pub item: &'static str,
    pub dots: &'static str,
    pub tied: &'static str,
    pub dots_gone: &'static str,
    pub low: &'static str,
    pub high: &'static str,
    pub unplaced: &'static str,
    pub placed_gone: &'static str,
    /// The labels' language (ranks as `1:a` or `1st`, the vote's total in words).
    pub language: Language,
}

impl Labels {
    /// The labels in `language`, from the catalogue.
    fn new(language: Language) -> Labels {
        let t = |key| language.tr(key).as_str();
        Labels {
            summary: t(Key::SumSummary),
            workshop: t(Key::SumWorkshop),
            date: t(Key::SumDate),
            planned_start: t(Key::SumPlannedStart),
            actual_start: t(Key::SumActualStart),
            finished: t(Key::SumFinished),
            not_finished: t(Key::SumNotFinished),
            not_started: t(Key::SumNotStarted),
            deck: t(Key::SumDeck),
            seed: t(Key::SumSeed),
            session: t(Key::SumSession),
            notes: t(Key::SumNotes),
            roles: t(Key::SumRoles),
            time: t(Key::SumTime),
            step: t(Key::SumStep),
            start: t(Key::SumStart),
            planned_min: t(Key::SumPlannedMin),
            actual_min: t(Key::SumActualMin),
            difference_min: t(Key::SumDifferenceMin),
            remark: t(Key::SumRemark),
            skipped: t(Key::SumSkipped),
            added: t(Key::SumAdded),
            removed: t(Key::SumRemoved),
            total: t(Key::SumTotal),
            cards: t(Key::SumCards),
            no_cards: t(Key::SumNoCards),
            card: t(Key::SumCard),
            category: t(Key::SumCategory),
            kept: t(Key::SumKept),
            clock: t(Key::SumClock),
            yes: t(Key::SumYes),
            captures: t(Key::SumCaptures),
            other_fields: t(Key::SumOtherFields),
            nothing: t(Key::SumNothing),
            chosen: t(Key::SumChosen),
            action_plan: t(Key::SumActionPlan),
            totals: t(Key::SumTotals),
            planned_time: t(Key::SumPlannedTime),
            actual_time: t(Key::SumActualTime),
            ahead: t(Key::SumAhead),
            behind: t(Key::SumBehind),
            on_time: t(Key::SumOnTime),
            steps_skipped: t(Key::SumStepsSkipped),
            cards_drawn: t(Key::SumCardsDrawn),
            cards_kept: t(Key::SumCardsKept),
            items_chosen: t(Key::SumItemsChosen),
            actions: t(Key::SumActions),
            min: t(Key::SumMin),
            rank: t(Key::SumRank),
            item: t(Key::SumItem),
            dots: t(Key::SumDots),
            tied: t(Key::SumTied),
            dots_gone: t(Key::SumDotsGone),
            low: t(Key::SumLow),
            high: t(Key::SumHigh),
            unplaced: t(Key::SumUnplaced),
            placed_gone: t(Key::SumPlacedGone),
            language,
        }
    }
}
