//! The effort/impact matrix: the items of a list placed in the four cells of a 2×2 grid.
//!
//! A `Matrix(of: "ideer", x: "Insats", y: "Nytta")` field places the items of the list `ideer`
//! (or, when `of` names a votes field, its chosen items, or all its items while none is
//! chosen). Its capture, [`MatrixCapture`], keeps each placed item **by its text** with its cell
//! (`x` from the left, `y` from the bottom, each 0 or 1), in the order they were placed. The rules
//! for a list that changes are those of the votes (see [`super::votes`]): a renamed item keeps its
//! cell, an item no longer in the list keeps its place in the capture and is shown apart until
//! it is removed, and an item not placed yet is listed as not placed.

use serde::{Deserialize, Serialize};

use super::capture::CaptureError;

/// The cells along each axis.
pub const CELLS: u8 = 2;

/// One placed item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// The item's text (trimmed).
    pub item: String,
    /// The column from the left (low on the x axis), 0 or 1.
    pub x: u8,
    /// The row from the bottom (low on the y axis), 0 or 1.
    pub y: u8,
}

/// The value of a matrix field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixCapture {
    /// The placed items, in the order they were placed.
    #[serde(default)]
    pub placed: Vec<Placement>,
}

/// An edit of a matrix field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatrixEdit {
    /// Places an item in a cell, or moves it there.
    Place {
        /// The item's text.
        item: String,
        /// The column from the left, 0 or 1.
        x: u8,
        /// The row from the bottom, 0 or 1.
        y: u8,
    },
    /// Moves a placed item one cell (it stays inside the grid); an item not placed yet is
    /// placed in the low-low cell first and then moved.
    Step {
        /// The item's text.
        item: String,
        /// −1, 0 or 1 along x.
        dx: i8,
        /// −1, 0 or 1 along y (up is +1).
        dy: i8,
    },
    /// Takes an item off the grid (back to the items not placed; also for items no longer in
    /// the list).
    Unplace(String),
}

/// One cell of the matrix, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quadrant {
    /// The column from the left, 0 or 1.
    pub x: u8,
    /// The row from the bottom, 0 or 1.
    pub y: u8,
    /// The items in it, in the order they were placed.
    pub items: Vec<String>,
}

/// A matrix ready to show: the four cells, what is not placed yet, and what no longer exists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatrixView {
    /// The horizontal axis's name.
    pub x: String,
    /// The vertical axis's name.
    pub y: String,
    /// The four cells: low x/high y, high x/high y, low x/low y, high x/low y (reading order).
    pub quadrants: Vec<Quadrant>,
    /// Items of the list not placed yet, in the list's order.
    pub unplaced: Vec<String>,
    /// Placed items no longer in the list, with their cells.
    pub orphans: Vec<Placement>,
}

impl MatrixView {
    /// Whether nothing is placed.
    pub fn is_empty(&self) -> bool {
        self.quadrants.iter().all(|q| q.items.is_empty()) && self.orphans.is_empty()
    }
}

impl MatrixCapture {
    /// The cell of a placed item.
    pub fn cell(&self, item: &str) -> Option<(u8, u8)> {
        let item = item.trim();
        self.placed
            .iter()
            .find(|p| p.item == item)
            .map(|p| (p.x, p.y))
    }

    /// Applies an edit; `items` are the items the matrix places.
    pub fn apply(&mut self, edit: MatrixEdit, items: &[String]) -> Result<(), CaptureError> {
        match edit {
            MatrixEdit::Place { item, x, y } => {
                let item = item.trim().to_owned();
                if !items.contains(&item) {
                    return Err(CaptureError::NotInList { item });
                }
                if x >= CELLS || y >= CELLS {
                    return Err(CaptureError::OutOfRange {
                        what: "cell",
                        index: usize::from(x.max(y)) + 1,
                        len: usize::from(CELLS),
                    });
                }
                match self.placed.iter_mut().find(|p| p.item == item) {
                    Some(p) => {
                        p.x = x;
                        p.y = y;
                    }
                    None => self.placed.push(Placement { item, x, y }),
                }
            }
            MatrixEdit::Step { item, dx, dy } => {
                let (x, y) = self.cell(&item).unwrap_or((0, 0));
                let go = |v: u8, d: i8| {
                    u8::try_from((i16::from(v) + i16::from(d)).clamp(0, i16::from(CELLS) - 1))
                        .unwrap_or(0)
                };
                return self.apply(
                    MatrixEdit::Place {
                        item,
                        x: go(x, dx),
                        y: go(y, dy),
                    },
                    items,
                );
            }
            MatrixEdit::Unplace(item) => {
                let item = item.trim();
                self.placed.retain(|p| p.item != item);
            }
        }
        Ok(())
    }

    /// Follows a list item renamed from `old` to `new` (see [`super::votes::VoteCapture::rename`]).
    pub fn rename(&mut self, old: &str, new: &str, items: &[String]) {
        let (old, new) = (old.trim(), new.trim());
        if old == new || new.is_empty() || items.iter().any(|i| i == old) {
            return;
        }
        if self.placed.iter().any(|p| p.item == new) {
            return;
        }
        for p in &mut self.placed {
            if p.item == old {
                new.clone_into(&mut p.item);
            }
        }
    }

    /// The matrix over `items` with the axes `x` and `y`.
    pub fn view(&self, items: &[String], x: &str, y: &str) -> MatrixView {
        let quadrants = [(0, 1), (1, 1), (0, 0), (1, 0)]
            .iter()
            .map(|&(qx, qy)| Quadrant {
                x: qx,
                y: qy,
                items: self
                    .placed
                    .iter()
                    .filter(|p| p.x == qx && p.y == qy && items.contains(&p.item))
                    .map(|p| p.item.clone())
                    .collect(),
            })
            .collect();
        MatrixView {
            x: x.to_owned(),
            y: y.to_owned(),
            quadrants,
            unplaced: items
                .iter()
                .filter(|i| self.cell(i).is_none())
                .cloned()
                .collect(),
            orphans: self
                .placed
                .iter()
                .filter(|p| !items.contains(&p.item))
                .cloned()
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn place_move_and_take_off() {
        let list = items(&["A", "B", "C"]);
        let mut m = MatrixCapture::default();
        m.apply(
            MatrixEdit::Place {
                item: "A".into(),
                x: 0,
                y: 1,
            },
            &list,
        )
        .expect("place");
        // Keyboard: an unplaced item starts low-low, then moves; the grid's edge holds it.
        m.apply(
            MatrixEdit::Step {
                item: "B".into(),
                dx: 1,
                dy: 0,
            },
            &list,
        )
        .expect("step");
        assert_eq!(m.cell("B"), Some((1, 0)));
        m.apply(
            MatrixEdit::Step {
                item: "B".into(),
                dx: 1,
                dy: 1,
            },
            &list,
        )
        .expect("step");
        assert_eq!(m.cell("B"), Some((1, 1)), "stays inside the grid");
        m.apply(
            MatrixEdit::Place {
                item: "A".into(),
                x: 1,
                y: 1,
            },
            &list,
        )
        .expect("move");
        let v = m.view(&list, "Insats", "Nytta");
        assert_eq!(v.quadrants[1].items, items(&["A", "B"]));
        assert!(v.quadrants[0].items.is_empty());
        assert_eq!(v.unplaced, items(&["C"]));
        assert!(
            m.apply(
                MatrixEdit::Place {
                    item: "A".into(),
                    x: 2,
                    y: 0
                },
                &list
            )
            .is_err()
        );
        assert!(
            m.apply(
                MatrixEdit::Place {
                    item: "Z".into(),
                    x: 0,
                    y: 0
                },
                &list
            )
            .is_err()
        );
        m.apply(MatrixEdit::Unplace("A".into()), &list)
            .expect("off");
        assert_eq!(m.view(&list, "x", "y").unplaced, items(&["A", "C"]));
    }

    #[test]
    fn removed_items_are_kept_apart_and_renamed_ones_keep_their_cell() {
        let mut list = items(&["A", "B"]);
        let mut m = MatrixCapture::default();
        for (item, x) in [("A", 0), ("B", 1)] {
            m.apply(
                MatrixEdit::Place {
                    item: item.into(),
                    x,
                    y: 0,
                },
                &list,
            )
            .expect("place");
        }
        list[0] = "A!".into();
        m.rename("A", "A!", &list);
        assert_eq!(m.cell("A!"), Some((0, 0)));
        list.remove(1);
        let v = m.view(&list, "x", "y");
        assert_eq!(v.orphans.len(), 1);
        assert_eq!(v.orphans[0].item, "B");
        assert!(v.quadrants.iter().all(|q| !q.items.contains(&"B".into())));
        m.apply(MatrixEdit::Unplace("B".into()), &list)
            .expect("off");
        assert!(m.view(&list, "x", "y").orphans.is_empty());
    }
}
