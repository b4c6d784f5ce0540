//! Dot voting: the dots the room gave each item of a list, the budget, ranks with ties, and
//! the chosen set.
//!
//! A `Votes(of: "ideer", dots: 3)` field votes on the items of the list field `ideer`. Its
//! capture, [`VoteCapture`], keeps the dots per item **by the item's text** (trimmed), so the
//! rule for a list that changes after voting is simple and loses nothing:
//!
//! - an item **added** to the list has no dots until it gets some;
//! - an item **renamed** in the list takes its dots and its chosen mark along (the session
//!   moves them in the same undo step as the rename);
//! - an item **removed** from the list keeps its dots in the capture: they are shown apart as
//!   dots on items no longer in the list (and counted in the total given) until the facilitator
//!   drops them, and they come back when the item does (by undo, or typed again);
//! - items with the same text are one item (the same idea written twice).
//!
//! Ranks count the items with more dots: two items with 4 dots after one with 5 are both 2nd
//! ("delad 2:a"), and the next is 4th. Items without dots have no rank. Choosing the top N
//! chooses every item whose rank is at most N, so a tie at the cut is never split.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::capture::{CaptureError, ListItem};

/// The value of a votes field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteCapture {
    /// How many people vote, when the facilitator wrote it down (for the budget).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    /// The dots of each item, keyed by the item's trimmed text; items without dots are left out.
    #[serde(default)]
    pub dots: BTreeMap<String, u32>,
    /// The chosen items' texts, in the order they were chosen.
    #[serde(default)]
    pub chosen: Vec<String>,
}

/// An edit of a votes field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteEdit {
    /// Gives an item dots (negative: takes them away); never below 0.
    Add {
        /// The item's text.
        item: String,
        /// How many dots, usually 1 or −1.
        dots: i32,
    },
    /// Sets an item's dots.
    Set {
        /// The item's text.
        item: String,
        /// The dots.
        dots: u32,
    },
    /// How many people vote; `None` when not known.
    Participants(Option<u32>),
    /// Marks an item chosen or not.
    Choose {
        /// The item's text.
        item: String,
        /// Whether it is chosen.
        chosen: bool,
    },
    /// Chooses the items ranked 1 to N (ties at the cut included) and no others.
    ChooseTop(usize),
    /// Forgets the dots and the mark of an item that is no longer in the list.
    Drop(String),
    /// Takes every dot and every mark away.
    Clear,
}

/// The most dots one item can hold, and the most participants.
pub const MAX: u32 = 10_000;

/// The texts of a list's items as voting sees them: trimmed, without empty ones and repeats, in
/// the list's order.
pub fn vote_items(items: &[ListItem]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let text = item.text.trim();
        if !text.is_empty() && !out.iter().any(|t| t == text) {
            out.push(text.to_owned());
        }
    }
    out
}

/// One item in the result of a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteRow {
    /// The item's text.
    pub item: String,
    /// Its dots.
    pub dots: u32,
    /// Its rank from 1; `None` without dots.
    pub rank: Option<usize>,
    /// Whether another item has the same rank.
    pub tied: bool,
    /// Whether it is chosen.
    pub chosen: bool,
}

/// The result of a vote, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VoteResult {
    /// The list's items, most dots first (the list's order among equals).
    pub rows: Vec<VoteRow>,
    /// Dots on items no longer in the list, with their texts, and whether they were chosen.
    pub orphans: Vec<(String, u32, bool)>,
    /// Every dot given (the orphans' included).
    pub given: u32,
    /// Dots per person.
    pub per_person: u32,
    /// How many people vote, if known.
    pub participants: Option<u32>,
}

impl VoteResult {
    /// The dots the room has, when the number of people is known.
    pub fn budget(&self) -> Option<u32> {
        self.participants.map(|p| p.saturating_mul(self.per_person))
    }

    /// The most dots of any item (0 when none has any).
    pub fn most(&self) -> u32 {
        self.rows.iter().map(|r| r.dots).max().unwrap_or(0)
    }

    /// The chosen items, in rank order.
    pub fn chosen(&self) -> impl Iterator<Item = &VoteRow> {
        self.rows.iter().filter(|r| r.chosen)
    }
}

fn key(text: &str) -> String {
    text.trim().to_owned()
}

impl VoteCapture {
    /// Applies an edit; `items` are the list's items as [`vote_items`] gives them.
    pub fn apply(&mut self, edit: VoteEdit, items: &[String]) -> Result<(), CaptureError> {
        let known = |item: &str| -> Result<String, CaptureError> {
            let k = key(item);
            if items.contains(&k) {
                Ok(k)
            } else {
                Err(CaptureError::NotInList { item: k })
            }
        };
        match edit {
            VoteEdit::Add { item, dots } => {
                let k = known(&item)?;
                let now = i64::from(self.dots.get(&k).copied().unwrap_or(0));
                let next = (now + i64::from(dots)).clamp(0, i64::from(MAX));
                self.set(k, u32::try_from(next).unwrap_or(0));
            }
            VoteEdit::Set { item, dots } => {
                let k = known(&item)?;
                self.set(k, dots.min(MAX));
            }
            VoteEdit::Participants(p) => {
                self.participants = p.filter(|&p| p > 0).map(|p| p.min(MAX));
            }
            VoteEdit::Choose { item, chosen } => {
                let k = known(&item)?;
                self.chosen.retain(|c| c != &k);
                if chosen {
                    self.chosen.push(k);
                }
            }
            VoteEdit::ChooseTop(n) => {
                let result = self.result(items, 0);
                self.chosen.retain(|c| !items.contains(c));
                self.chosen.extend(
                    result
                        .rows
                        .iter()
                        .filter(|r| r.rank.is_some_and(|rank| rank <= n))
                        .map(|r| r.item.clone()),
                );
            }
            VoteEdit::Drop(item) => {
                let k = key(&item);
                if items.contains(&k) {
                    return Err(CaptureError::StillInList { item: k });
                }
                self.dots.remove(&k);
                self.chosen.retain(|c| c != &k);
            }
            VoteEdit::Clear => {
                self.dots.clear();
                self.chosen.clear();
            }
        }
        Ok(())
    }

    fn set(&mut self, key: String, dots: u32) {
        if dots == 0 {
            self.dots.remove(&key);
        } else {
            self.dots.insert(key, dots);
        }
    }

    /// Follows a list item renamed from `old` to `new`: its dots and mark go along, unless the
    /// old text is still in the list (a repeat) or the new text already has dots of its own (then
    /// the old dots stay under the old text, shown apart, so nothing is merged silently).
    pub fn rename(&mut self, old: &str, new: &str, items: &[String]) {
        let (old, new) = (key(old), key(new));
        if old == new || new.is_empty() || items.contains(&old) {
            return;
        }
        if self.dots.contains_key(&new) || self.chosen.contains(&new) {
            return;
        }
        if let Some(d) = self.dots.remove(&old) {
            self.dots.insert(new.clone(), d);
        }
        for c in &mut self.chosen {
            if *c == old {
                c.clone_from(&new);
            }
        }
    }

    /// The result of the vote over `items` (see [`vote_items`]) with `per_person` dots each.
    pub fn result(&self, items: &[String], per_person: u32) -> VoteResult {
        self.result_marked(items, &[], per_person)
    }

    /// The result of the vote, with the items `marked` chosen in the list shown as chosen: the
    /// list's marks are the chosen set (a session keeps them there); the vote's own marks are
    /// only those an older file held, and those of items no longer in the list.
    pub fn result_marked(
        &self,
        items: &[String],
        marked: &[String],
        per_person: u32,
    ) -> VoteResult {
        let mut rows: Vec<VoteRow> = items
            .iter()
            .map(|item| VoteRow {
                item: item.clone(),
                dots: self.dots.get(item).copied().unwrap_or(0),
                rank: None,
                tied: false,
                chosen: marked.contains(item) || self.chosen.contains(item),
            })
            .collect();
        // Stable: equals keep the list's order.
        rows.sort_by_key(|r| std::cmp::Reverse(r.dots));
        let counts: Vec<u32> = rows.iter().map(|r| r.dots).collect();
        for row in &mut rows {
            if row.dots > 0 {
                row.rank = Some(1 + counts.iter().filter(|&&d| d > row.dots).count());
                row.tied = counts.iter().filter(|&&d| d == row.dots).count() > 1;
            }
        }
        let orphans: Vec<(String, u32, bool)> = self
            .dots
            .iter()
            .filter(|(k, _)| !items.contains(k))
            .map(|(k, d)| (k.clone(), *d, self.chosen.contains(k)))
            .chain(
                self.chosen
                    .iter()
                    .filter(|c| !items.contains(c) && !self.dots.contains_key(*c))
                    .map(|c| (c.clone(), 0, true)),
            )
            .collect();
        let given = self.dots.values().fold(0u32, |a, d| a.saturating_add(*d));
        VoteResult {
            rows,
            orphans,
            given,
            per_person,
            participants: self.participants,
        }
    }
}

/// A rank as a short ordinal, `1:a`, `2:a`, `3:e` in Swedish and `1st`, `2nd`, `3rd` in English.
pub fn ordinal(rank: usize, english: bool) -> String {
    if english {
        let suffix = match (rank % 10, rank % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{rank}{suffix}")
    } else {
        let suffix = match (rank % 10, rank % 100) {
            (_, 11 | 12) => "e",
            (1 | 2, _) => "a",
            _ => "e",
        };
        format!("{rank}:{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| (*t).to_owned()).collect()
    }

    fn add(v: &mut VoteCapture, list: &[String], item: &str, dots: i32) {
        v.apply(
            VoteEdit::Add {
                item: item.into(),
                dots,
            },
            list,
        )
        .expect("vote");
    }

    #[test]
    fn the_list_as_voting_sees_it() {
        let list: Vec<ListItem> = ["  Idé A ", "", "Idé B", "Idé A", "   "]
            .iter()
            .map(|t| ListItem {
                text: (*t).into(),
                chosen: false,
            })
            .collect();
        assert_eq!(vote_items(&list), items(&["Idé A", "Idé B"]));
    }

    #[test]
    fn dots_never_go_below_zero_and_the_budget_counts_them() {
        let list = items(&["A", "B", "C"]);
        let mut v = VoteCapture::default();
        add(&mut v, &list, "A", 1);
        add(&mut v, &list, "A", 1);
        add(&mut v, &list, "B", -1);
        add(&mut v, &list, " B ", 3);
        v.apply(VoteEdit::Participants(Some(4)), &list)
            .expect("people");
        let r = v.result(&list, 3);
        assert_eq!(r.given, 5);
        assert_eq!(r.budget(), Some(12));
        assert_eq!(r.rows[0].item, "B");
        assert_eq!(r.rows[0].dots, 3);
        add(&mut v, &list, "A", -5);
        assert_eq!(v.dots.get("A"), None, "0 dots leaves no entry");
        assert!(matches!(
            v.apply(
                VoteEdit::Add {
                    item: "D".into(),
                    dots: 1
                },
                &list
            ),
            Err(CaptureError::NotInList { .. })
        ));
        v.apply(VoteEdit::Participants(Some(0)), &list)
            .expect("none");
        assert_eq!(v.participants, None);
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        let list = items(&["A", "B", "C", "D", "E"]);
        let mut v = VoteCapture::default();
        for (item, dots) in [("A", 2), ("B", 5), ("C", 2), ("D", 1)] {
            v.apply(
                VoteEdit::Set {
                    item: item.into(),
                    dots,
                },
                &list,
            )
            .expect("set");
        }
        let r = v.result(&list, 3);
        let ranks: Vec<(&str, Option<usize>, bool)> = r
            .rows
            .iter()
            .map(|r| (r.item.as_str(), r.rank, r.tied))
            .collect();
        assert_eq!(
            ranks,
            vec![
                ("B", Some(1), false),
                ("A", Some(2), true),
                ("C", Some(2), true),
                ("D", Some(4), false),
                ("E", None, false),
            ]
        );
        // The top 2 includes both that share 2nd place.
        v.apply(VoteEdit::ChooseTop(2), &list).expect("top");
        assert_eq!(v.chosen, items(&["B", "A", "C"]));
        v.apply(VoteEdit::ChooseTop(1), &list).expect("top");
        assert_eq!(v.chosen, items(&["B"]));
        v.apply(VoteEdit::ChooseTop(9), &list).expect("top");
        assert_eq!(
            v.chosen.len(),
            4,
            "an item without dots is never chosen by rank"
        );
    }

    #[test]
    fn a_renamed_item_keeps_its_dots_and_a_removed_one_is_kept_apart() {
        let mut list = items(&["A", "B"]);
        let mut v = VoteCapture::default();
        add(&mut v, &list, "A", 2);
        add(&mut v, &list, "B", 1);
        v.apply(
            VoteEdit::Choose {
                item: "A".into(),
                chosen: true,
            },
            &list,
        )
        .expect("choose");
        list[0] = "A2".into();
        v.rename("A", "A2", &list);
        assert_eq!(v.dots.get("A2"), Some(&2));
        assert_eq!(v.chosen, items(&["A2"]));
        // Renamed onto an item that has dots of its own: nothing is merged.
        list[0] = "B".into();
        let both = items(&["B"]);
        v.rename("A2", "B", &both);
        assert_eq!(v.dots.get("A2"), Some(&2));
        let r = v.result(&both, 3);
        assert_eq!(r.orphans, vec![("A2".to_owned(), 2, true)]);
        assert_eq!(r.given, 3, "dots on a removed item still count as given");
        assert!(matches!(
            v.apply(VoteEdit::Drop("B".into()), &both),
            Err(CaptureError::StillInList { .. })
        ));
        v.apply(VoteEdit::Drop("A2".into()), &both).expect("drop");
        assert!(v.result(&both, 3).orphans.is_empty());
        assert!(v.chosen.is_empty());
    }

    #[test]
    fn ordinals() {
        let sv: Vec<String> = [1, 2, 3, 4, 11, 12, 21, 22, 101]
            .iter()
            .map(|&n| ordinal(n, false))
            .collect();
        assert_eq!(
            sv,
            [
                "1:a", "2:a", "3:e", "4:e", "11:e", "12:e", "21:a", "22:a", "101:a"
            ]
        );
        let en: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23]
            .iter()
            .map(|&n| ordinal(n, true))
            .collect();
        assert_eq!(
            en,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd"
            ]
        );
    }
}
