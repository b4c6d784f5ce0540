//! What the group writes down: capture edits (text, lists, votes, matrices), the marks a vote
//! leaves on its list, and the roles.

use super::*;

impl Session {
    /// The workshop's field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.workshop.fields().map(|(_, f)| f).find(|f| f.id == id)
    }

    /// Edits a capture field.
    pub fn edit_capture(
        &mut self,
        field: &str,
        edit: CaptureEdit,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        self.open()?;
        let kind = self
            .field(field)
            .map(|f| f.kind.clone())
            .ok_or_else(|| SessionError::UnknownField(field.to_owned()))?;
        let columns = match &kind {
            FieldKind::Table { columns } => columns.len(),
            _ => 0,
        };
        let items = self.choice_items(field);
        // A vote's choice is its list's: choosing in a vote marks the items in the list (one
        // source of truth: the ideas show what the vote chose, and one undo takes both back).
        if let (FieldKind::Votes { of, .. }, CaptureEdit::Votes(vote)) = (&kind, &edit) {
            let marks: Option<Vec<(String, bool)>> = match vote {
                VoteEdit::Choose { item, chosen } => {
                    let item = item.trim().to_owned();
                    if !items.contains(&item) {
                        return Err(SessionError::Capture {
                            field: field.to_owned(),
                            source: CaptureError::NotInList { item },
                        });
                    }
                    Some(vec![(item, *chosen)])
                }
                VoteEdit::ChooseTop(n) => Some(
                    self.vote_result(field)
                        .unwrap_or_default()
                        .rows
                        .iter()
                        .map(|r| (r.item.clone(), r.rank.is_some_and(|rank| rank <= *n)))
                        .collect(),
                ),
                VoteEdit::Clear => Some(items.iter().map(|i| (i.clone(), false)).collect()),
                _ => None,
            };
            if let Some(marks) = marks {
                let of = of.clone();
                self.mark_list(&of, &marks);
                if let Some(Capture::Votes(v)) = self.file.captures.get_mut(field) {
                    v.chosen.retain(|c| !marks.iter().any(|(k, _)| k == c));
                }
                if !matches!(vote, VoteEdit::Clear) {
                    self.worked();
                    self.changed(now);
                    return Ok(());
                }
            }
        }
        // A list item renamed: the votes and matrices over the list follow it (below).
        let renamed = match (&kind, &edit, self.file.captures.get(field)) {
            (FieldKind::List, CaptureEdit::EditItem { index, .. }, Some(Capture::List(list))) => {
                list.get(*index).map(|i| i.text.clone())
            }
            _ => None,
        };
        let new_text = match &edit {
            CaptureEdit::EditItem { text, .. } => Some(text.clone()),
            _ => None,
        };
        let value = self
            .file
            .captures
            .entry(field.to_owned())
            .or_insert_with(|| Capture::empty(&kind));
        if value.kind_name() != capture::kind_name(&kind) {
            return Err(SessionError::ChangedKind {
                field: field.to_owned(),
                kind: capture::kind_name(&kind),
                held: value.kind_name(),
            });
        }
        let len = match value {
            Capture::Table(rows) => rows.len(),
            _ => 0,
        };
        let follow = matches!(value, Capture::Table(_)).then(|| edit.clone());
        value
            .apply_over(edit, columns, &items)
            .map_err(|source| SessionError::Capture {
                field: field.to_owned(),
                source,
            })?;
        if let Some(edit) = follow {
            let rows = self.file.plan_rows.entry(field.to_owned()).or_default();
            plan::follow_edit(rows, &edit, len);
            if rows.iter().all(plan::RowState::is_blank) {
                self.file.plan_rows.remove(field);
            }
        }
        if let (Some(old), Some(new)) = (renamed, new_text) {
            self.follow_rename(field, &old, &new);
        }
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// The texts of the items of the list `list` marked chosen, trimmed.
    pub(super) fn list_marks(&self, list: &str) -> Vec<String> {
        match self.file.captures.get(list) {
            Some(Capture::List(items)) => items
                .iter()
                .filter(|i| i.chosen)
                .map(|i| i.text.trim().to_owned())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Marks the items of the list `list` whose text `marks` names chosen or not.
    pub(super) fn mark_list(&mut self, list: &str, marks: &[(String, bool)]) {
        if let Some(Capture::List(items)) = self.file.captures.get_mut(list) {
            for item in items {
                if let Some((_, chosen)) = marks.iter().find(|(k, _)| k == item.text.trim()) {
                    item.chosen = *chosen;
                }
            }
        }
    }

    /// Moves the marks a vote of an older file held onto its list's items, which hold them
    /// now; the marks of items no longer in the list stay with the vote (shown apart).
    pub(super) fn settle_vote_marks(&mut self) {
        let votes: Vec<(String, String)> = self
            .workshop
            .fields()
            .filter_map(|(_, f)| match &f.kind {
                FieldKind::Votes { of, .. } => Some((f.id.clone(), of.clone())),
                _ => None,
            })
            .collect();
        for (field, of) in votes {
            let items = self.choice_items(&field);
            let Some(Capture::Votes(v)) = self.file.captures.get_mut(&field) else {
                continue;
            };
            let (listed, rest): (Vec<String>, Vec<String>) =
                v.chosen.drain(..).partition(|c| items.contains(c));
            v.chosen = rest;
            let marks: Vec<(String, bool)> = listed.into_iter().map(|c| (c, true)).collect();
            self.mark_list(&of, &marks);
        }
    }

    /// The items a votes or matrix field works on, in order: the texts of its list's items (see
    /// [`votes::vote_items`]); for a matrix over a votes field, that vote's chosen items (all its
    /// items while none is chosen), most dots first. Empty for other fields.
    pub fn choice_items(&self, field: &str) -> Vec<String> {
        let list = |id: &str| match self.file.captures.get(id) {
            Some(Capture::List(items)) => votes::vote_items(items),
            _ => Vec::new(),
        };
        let Some(f) = self.field(field) else {
            return Vec::new();
        };
        match &f.kind {
            FieldKind::Votes { of, .. } => list(of),
            FieldKind::Matrix { of, .. } => match self.field(of).map(|f| &f.kind) {
                Some(FieldKind::Votes { of: list_id, dots }) => {
                    let items = list(list_id);
                    let marks = self.list_marks(list_id);
                    let result = match self.file.captures.get(of) {
                        Some(Capture::Votes(v)) => v.result_marked(&items, &marks, *dots),
                        _ => VoteCapture::default().result_marked(&items, &marks, *dots),
                    };
                    let chosen: Vec<String> = result.chosen().map(|r| r.item.clone()).collect();
                    if chosen.is_empty() {
                        result.rows.into_iter().map(|r| r.item).collect()
                    } else {
                        chosen
                    }
                }
                _ => list(of),
            },
            _ => Vec::new(),
        }
    }

    /// The result of a votes field (its dots per item, ranks and budget), if it is one.
    pub fn vote_result(&self, field: &str) -> Option<VoteResult> {
        let FieldKind::Votes { of, dots } = &self.field(field)?.kind else {
            return None;
        };
        let items = self.choice_items(field);
        let marks = self.list_marks(of);
        Some(match self.file.captures.get(field) {
            Some(Capture::Votes(v)) => v.result_marked(&items, &marks, *dots),
            _ => VoteCapture::default().result_marked(&items, &marks, *dots),
        })
    }

    /// The matrix of a matrix field (its cells, what is not placed, what no longer exists).
    pub fn matrix_view(&self, field: &str) -> Option<MatrixView> {
        let FieldKind::Matrix { x, y, .. } = &self.field(field)?.kind else {
            return None;
        };
        let items = self.choice_items(field);
        Some(match self.file.captures.get(field) {
            Some(Capture::Matrix(m)) => m.view(&items, x, y),
            _ => MatrixCapture::default().view(&items, x, y),
        })
    }

    /// After the item `old` of the list `list` became `new`: moves its dots, its mark and its
    /// place in every vote and matrix over the list (and in matrices over those votes).
    pub(super) fn follow_rename(&mut self, list: &str, old: &str, new: &str) {
        let over = |of_list: &str| -> Vec<String> {
            self.workshop
                .fields()
                .filter(|(_, f)| match &f.kind {
                    FieldKind::Votes { of, .. } | FieldKind::Matrix { of, .. } => of == of_list,
                    _ => false,
                })
                .map(|(_, f)| f.id.clone())
                .collect()
        };
        let mut fields = over(list);
        let votes: Vec<String> = fields
            .iter()
            .filter(|f| {
                matches!(
                    self.field(f).map(|f| &f.kind),
                    Some(FieldKind::Votes { .. })
                )
            })
            .cloned()
            .collect();
        for v in &votes {
            fields.extend(over(v));
        }
        for id in fields {
            let items = self.choice_items(&id);
            match self.file.captures.get_mut(&id) {
                Some(Capture::Votes(v)) => v.rename(old, new, &items),
                Some(Capture::Matrix(m)) => m.rename(old, new, &items),
                _ => {}
            }
        }
    }

    /// Records who has a role; empty `people` removes the role.
    pub fn assign_role(
        &mut self,
        role: &str,
        people: &str,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        self.open()?;
        let people = people.trim();
        match self.file.roles.iter_mut().find(|r| r.role == role) {
            Some(r) if !people.is_empty() => r.people = people.to_owned(),
            Some(_) => self.file.roles.retain(|r| r.role != role),
            None if !people.is_empty() => self.file.roles.push(RoleAssignment {
                role: role.to_owned(),
                people: people.to_owned(),
            }),
            None => {}
        }
        self.changed(now);
        Ok(())
    }
}
