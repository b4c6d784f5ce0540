//! What the group writes down: the value of each capture field and the edits on it.
//!
//! A capture is a text, a list of items (each can be marked as chosen) or a table of rows of
//! cells, matching the field's kind in the workshop. This module owns the values and their edits;
//! which field exists and of which kind is the workshop's business, checked by the session.

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::matrix::{MatrixCapture, MatrixEdit};
use super::plan::RowStatus;
use super::votes::{VoteCapture, VoteEdit};
use crate::model::FieldKind;

/// One item of a list capture, such as an idea.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListItem {
    /// The item's text.
    pub text: String,
    /// Whether the group chose it.
    #[serde(default)]
    pub chosen: bool,
}

/// The value of one capture field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Capture {
    /// Free text.
    Text(String),
    /// Items in the group's order.
    List(Vec<ListItem>),
    /// Rows of cells, one cell per column of the field.
    Table(Vec<Vec<String>>),
    /// The dots given to the items of a list (see [`super::votes`]).
    Votes(VoteCapture),
    /// The items of a list placed on a 2×2 matrix (see [`super::matrix`]).
    Matrix(MatrixCapture),
}

/// An edit of one capture field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaptureEdit {
    /// Replaces a text field's text.
    SetText(String),
    /// Adds an item at the end of a list.
    AddItem(String),
    /// Changes an item's text.
    EditItem {
        /// The item's position, from 0.
        index: usize,
        /// The new text.
        text: String,
    },
    /// Removes an item.
    RemoveItem(usize),
    /// Moves an item to another position.
    MoveItem {
        /// Where it is, from 0.
        from: usize,
        /// Where it goes, from 0.
        to: usize,
    },
    /// Marks an item as chosen or not.
    SetChosen {
        /// The item's position, from 0.
        index: usize,
        /// Whether it is chosen.
        chosen: bool,
    },
    /// Adds an empty row at the end of a table.
    AddRow,
    /// Inserts an empty row before the given one.
    InsertRow(usize),
    /// Removes a row.
    RemoveRow(usize),
    /// Moves a row to another position.
    MoveRow {
        /// Where it is, from 0.
        from: usize,
        /// Where it goes, from 0.
        to: usize,
    },
    /// Sets one cell's text.
    SetCell {
        /// The row, from 0.
        row: usize,
        /// The column, from 0.
        column: usize,
        /// The new text.
        text: String,
    },
    /// Sets a table row's status (see [`super::plan`]); `None` clears it.
    SetStatus {
        /// The row, from 0.
        row: usize,
        /// The new status.
        status: Option<RowStatus>,
    },
    /// Sets a table row's due date (see [`super::plan`]); `None` clears it.
    SetDue {
        /// The row, from 0.
        row: usize,
        /// The new date.
        due: Option<NaiveDate>,
    },
    /// An edit of a votes field.
    Votes(VoteEdit),
    /// An edit of a matrix field.
    Matrix(MatrixEdit),
}

/// Why an edit could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaptureError {
    /// The edit does not fit the field's kind.
    #[error("this edit is for a {wanted} field, but the field is a {kind}")]
    WrongKind {
        /// The kind the edit needs.
        wanted: &'static str,
        /// The field's kind.
        kind: &'static str,
    },
    /// A position past the end.
    #[error("there is no {what} {index} (there are {len})")]
    OutOfRange {
        /// "item", "row" or "column".
        what: &'static str,
        /// The position asked for, from 1.
        index: usize,
        /// How many there are.
        len: usize,
    },
    /// A vote or a placement for an item the list does not have.
    #[error("the list has no item \"{item}\"")]
    NotInList {
        /// The item's text.
        item: String,
    },
    /// Dropping the dots of an item that is still in the list.
    #[error("\"{item}\" is still in the list: take its dots away instead")]
    StillInList {
        /// The item's text.
        item: String,
    },
}

/// The name of a field kind in messages.
pub fn kind_name(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::List => "list",
        FieldKind::Table { .. } => "table",
        FieldKind::Votes { .. } => "votes",
        FieldKind::Matrix { .. } => "matrix",
    }
}

fn check(what: &'static str, index: usize, len: usize) -> Result<(), CaptureError> {
    if index < len {
        Ok(())
    } else {
        Err(CaptureError::OutOfRange {
            what,
            index: index + 1,
            len,
        })
    }
}

fn move_in<T>(
    v: &mut Vec<T>,
    what: &'static str,
    from: usize,
    to: usize,
) -> Result<(), CaptureError> {
    check(what, from, v.len())?;
    check(what, to, v.len())?;
    let item = v.remove(from);
    v.insert(to, item);
    Ok(())
}

impl Capture {
    /// The empty value for a field of this kind.
    pub fn empty(kind: &FieldKind) -> Capture {
        match kind {
            FieldKind::Text => Capture::Text(String::new()),
            FieldKind::List => Capture::List(Vec::new()),
            FieldKind::Table { .. } => Capture::Table(Vec::new()),
            FieldKind::Votes { .. } => Capture::Votes(VoteCapture::default()),
            FieldKind::Matrix { .. } => Capture::Matrix(MatrixCapture::default()),
        }
    }

    /// The name of this value's kind in messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Capture::Text(_) => "text",
            Capture::List(_) => "list",
            Capture::Table(_) => "table",
            Capture::Votes(_) => "votes",
            Capture::Matrix(_) => "matrix",
        }
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        match self {
            Capture::Text(t) => t.trim().is_empty(),
            Capture::List(items) => items.is_empty(),
            Capture::Table(rows) => rows.is_empty(),
            Capture::Votes(v) => v.dots.is_empty() && v.chosen.is_empty(),
            Capture::Matrix(m) => m.placed.is_empty(),
        }
    }

    /// Applies an edit; `columns` is the number of columns of a table field.
    pub fn apply(&mut self, edit: CaptureEdit, columns: usize) -> Result<(), CaptureError> {
        self.apply_over(edit, columns, &[])
    }

    /// Applies an edit; `columns` is the number of columns of a table field, `items` the items
    /// a votes or matrix field works on (see [`super::votes::vote_items`]).
    pub fn apply_over(
        &mut self,
        edit: CaptureEdit,
        columns: usize,
        items: &[String],
    ) -> Result<(), CaptureError> {
        let wrong = |wanted, this: &Capture| CaptureError::WrongKind {
            wanted,
            kind: this.kind_name(),
        };
        match edit {
            CaptureEdit::SetText(text) => match self {
                Capture::Text(t) => {
                    *t = text;
                    Ok(())
                }
                other => Err(wrong("text", other)),
            },
            CaptureEdit::AddItem(_)
            | CaptureEdit::EditItem { .. }
            | CaptureEdit::RemoveItem(_)
            | CaptureEdit::MoveItem { .. }
            | CaptureEdit::SetChosen { .. } => {
                let Capture::List(items) = self else {
                    return Err(wrong("list", self));
                };
                match edit {
                    CaptureEdit::AddItem(text) => items.push(ListItem {
                        text,
                        chosen: false,
                    }),
                    CaptureEdit::EditItem { index, text } => {
                        check("item", index, items.len())?;
                        items[index].text = text;
                    }
                    CaptureEdit::RemoveItem(index) => {
                        check("item", index, items.len())?;
                        items.remove(index);
                    }
                    CaptureEdit::MoveItem { from, to } => move_in(items, "item", from, to)?,
                    CaptureEdit::SetChosen { index, chosen } => {
                        check("item", index, items.len())?;
                        items[index].chosen = chosen;
                    }
                    _ => {}
                }
                Ok(())
            }
            CaptureEdit::AddRow
            | CaptureEdit::InsertRow(_)
            | CaptureEdit::RemoveRow(_)
            | CaptureEdit::MoveRow { .. }
            | CaptureEdit::SetCell { .. }
            | CaptureEdit::SetStatus { .. }
            | CaptureEdit::SetDue { .. } => {
                let Capture::Table(rows) = self else {
                    return Err(wrong("table", self));
                };
                match edit {
                    CaptureEdit::AddRow => rows.push(vec![String::new(); columns]),
                    CaptureEdit::InsertRow(index) => {
                        check("row", index, rows.len() + 1)?;
                        rows.insert(index, vec![String::new(); columns]);
                    }
                    CaptureEdit::RemoveRow(index) => {
                        check("row", index, rows.len())?;
                        rows.remove(index);
                    }
                    CaptureEdit::MoveRow { from, to } => move_in(rows, "row", from, to)?,
                    CaptureEdit::SetCell { row, column, text } => {
                        check("row", row, rows.len())?;
                        check("column", column, columns.max(rows[row].len()))?;
                        let cells = &mut rows[row];
                        if cells.len() <= column {
                            cells.resize(column + 1, String::new());
                        }
                        cells[column] = text;
                    }
                    // The row's state is kept by the session beside the cells.
                    CaptureEdit::SetStatus { row, .. } | CaptureEdit::SetDue { row, .. } => {
                        check("row", row, rows.len())?;
                    }
                    _ => {}
                }
                Ok(())
            }
            CaptureEdit::Votes(edit) => match self {
                Capture::Votes(v) => v.apply(edit, items),
                other => Err(wrong("votes", other)),
            },
            CaptureEdit::Matrix(edit) => match self {
                Capture::Matrix(m) => m.apply(edit, items),
                other => Err(wrong("matrix", other)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_edits() {
        let mut c = Capture::empty(&FieldKind::List);
        for t in ["a", "b", "c"] {
            c.apply(CaptureEdit::AddItem(t.into()), 0).expect("add");
        }
        c.apply(CaptureEdit::MoveItem { from: 2, to: 0 }, 0)
            .expect("move");
        c.apply(
            CaptureEdit::SetChosen {
                index: 1,
                chosen: true,
            },
            0,
        )
        .expect("choose");
        c.apply(CaptureEdit::RemoveItem(2), 0).expect("remove");
        c.apply(
            CaptureEdit::EditItem {
                index: 0,
                text: "C".into(),
            },
            0,
        )
        .expect("edit");
        let Capture::List(items) = &c else {
            panic!("list")
        };
        let texts: Vec<(&str, bool)> = items.iter().map(|i| (i.text.as_str(), i.chosen)).collect();
        assert_eq!(texts, vec![("C", false), ("a", true)]);
        let e = c.apply(CaptureEdit::RemoveItem(5), 0).expect_err("range");
        assert_eq!(e.to_string(), "there is no item 6 (there are 2)");
        let e = c.apply(CaptureEdit::AddRow, 0).expect_err("kind");
        assert_eq!(
            e.to_string(),
            "this edit is for a table field, but the field is a list"
        );
    }

    #[test]
    fn table_edits() {
        let mut c = Capture::empty(&FieldKind::Table {
            columns: vec!["A".into(), "B".into()],
        });
        c.apply(CaptureEdit::AddRow, 2).expect("row");
        c.apply(CaptureEdit::InsertRow(0), 2).expect("insert");
        c.apply(
            CaptureEdit::SetCell {
                row: 1,
                column: 1,
                text: "x".into(),
            },
            2,
        )
        .expect("cell");
        c.apply(CaptureEdit::MoveRow { from: 1, to: 0 }, 2)
            .expect("move");
        assert_eq!(
            c,
            Capture::Table(vec![
                vec!["".into(), "x".into()],
                vec!["".into(), "".into()]
            ])
        );
        assert!(
            c.apply(
                CaptureEdit::SetCell {
                    row: 0,
                    column: 2,
                    text: "y".into()
                },
                2
            )
            .is_err()
        );
        c.apply(CaptureEdit::RemoveRow(0), 2).expect("remove");
        assert_eq!(c, Capture::Table(vec![vec!["".into(), "".into()]]));
    }
}
