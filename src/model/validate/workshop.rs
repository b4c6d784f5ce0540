//! The rules of a workshop file: its steps, fields, choosing methods and what the projector shows.

use super::*;

/// Checks every rule of a workshop that needs no other file.
pub fn validate_workshop(workshop: &Workshop, source: &SourceFile) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let top = c.item(&workshop.id, 0);

    if !is_valid_id(&workshop.id) {
        c.error(top, None, id_rule(Key::DiagIdOfWorkshop, &workshop.id));
    }
    if workshop.title.trim().is_empty() {
        c.error(top, Some("title"), Key::DiagWorkshopTitleEmpty.into());
    }
    if !is_valid_language(&workshop.language) {
        c.error(top, Some("language"), language_rule(&workshop.language));
    }
    if let Some(deck) = &workshop.deck
        && !is_valid_id(deck)
    {
        c.error(
            top,
            Some("deck"),
            Message::new(Key::DiagNotADeckId).with("deck", deck),
        );
    }
    for (i, role) in workshop.roles.iter().enumerate() {
        if role.name.trim().is_empty() {
            c.error(
                top,
                Some("roles"),
                Message::new(Key::DiagRoleNameEmpty).with("n", i + 1),
            );
        }
    }
    for (i, item) in workshop.preparation.iter().enumerate() {
        if item.trim().is_empty() {
            c.error(
                top,
                Some("preparation"),
                Message::new(Key::DiagPreparationEmpty).with("n", i + 1),
            );
        }
    }
    if workshop.steps.is_empty() {
        c.error(top, Some("steps"), Key::DiagNoSteps.into());
    }

    let mut step_at: HashMap<&str, usize> = HashMap::new();
    let mut field_step: HashMap<&str, &str> = HashMap::new();
    let mut carry_field: Option<String> = None;
    // Where each field id first appears (step position), for the `show` rule.
    let mut field_first: HashMap<&str, usize> = HashMap::new();
    for (i, step) in workshop.steps.iter().enumerate() {
        for field in &step.capture {
            field_first.entry(field.id.as_str()).or_insert(i);
        }
    }
    let mut search_from = 0;
    // The fields met so far (this step's earlier ones included), for `Votes` and `Matrix`.
    let mut fields_before: HashMap<&str, &FieldKind> = HashMap::new();
    for (index, step) in workshop.steps.iter().enumerate() {
        let at = c.item(&step.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let id = &step.id;
        if !is_valid_id(id) {
            c.error(at, Some("id"), id_rule(Key::DiagIdOfStep, id));
        } else if let Some(first) = step_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                Message::new(Key::DiagStepIdTwice)
                    .with("id", id)
                    .with("line", line),
            );
        } else if let Some(at) = at {
            step_at.insert(id, at);
        }
        if step.title.trim().is_empty() {
            c.error(
                at,
                Some("title"),
                Message::new(Key::DiagStepTitleEmpty).with("id", id),
            );
        }
        if !MINUTES.contains(&step.minutes) {
            c.error(
                at,
                Some("minutes"),
                Message::new(Key::DiagStepMinutes)
                    .with("id", id)
                    .with("minutes", step.minutes),
            );
        }
        if step.instructions.trim().is_empty() {
            c.error(
                at,
                Some("instructions"),
                Message::new(Key::DiagInstructionsEmpty).with("id", id),
            );
        }
        let words = step.instructions.split_whitespace().count();
        if words > MAX_INSTRUCTION_WORDS {
            c.warning(
                at,
                Some("instructions"),
                Message::new(Key::DiagInstructionsLong)
                    .with("id", id)
                    .with("words", words)
                    .with("max", MAX_INSTRUCTION_WORDS),
            );
        }
        if let Some(draw) = &step.draw {
            if workshop.deck.is_none() {
                c.error(
                    at,
                    Some("draw"),
                    Message::new(Key::DiagDrawWithoutDeck).with("id", id),
                );
            }
            if draw.count == 0 {
                c.error(
                    at,
                    Some("draw"),
                    Message::new(Key::DiagDrawZero).with("id", id),
                );
            }
            for category in &draw.categories {
                if !is_valid_id(category) {
                    c.error(
                        at,
                        Some("draw"),
                        Message::new(Key::DiagDrawCategoryId)
                            .with("id", id)
                            .with("category", category),
                    );
                }
            }
        }
        if step.pause {
            if step.draw.is_some() {
                c.error(
                    at,
                    Some("draw"),
                    Message::new(Key::DiagBreakDraws).with("id", id),
                );
            }
            if !step.capture.is_empty() {
                c.error(
                    at,
                    Some("capture"),
                    Message::new(Key::DiagBreakFields).with("id", id),
                );
            }
        }
        check_show(&mut c, workshop, index, at, &field_first);
        let mut field_from = at.map_or(search_from, |a| a + 1);
        for field in &step.capture {
            let fat = c.item(&field.id, field_from);
            if let Some(fat) = fat {
                field_from = fat + 1;
                search_from = search_from.max(fat + 1);
            }
            let fid = &field.id;
            if !is_valid_id(fid) {
                c.error(fat, Some("id"), id_rule(Key::DiagIdOfField, fid));
            } else if let Some(other) = field_step.get(fid.as_str()) {
                c.error(
                    fat,
                    Some("id"),
                    Message::new(Key::DiagFieldIdTwice)
                        .with("id", fid)
                        .with("step", other),
                );
            } else {
                field_step.insert(fid, id);
            }
            if field.label.trim().is_empty() {
                c.error(
                    fat,
                    Some("label"),
                    Message::new(Key::DiagLabelEmpty).with("id", fid),
                );
            }
            if let FieldKind::Table { columns } = &field.kind {
                if columns.is_empty() {
                    c.error(
                        fat,
                        Some("kind"),
                        Message::new(Key::DiagNoColumns).with("id", fid),
                    );
                }
                let mut seen = HashSet::new();
                for column in columns {
                    if column.trim().is_empty() {
                        c.error(
                            fat,
                            Some("kind"),
                            Message::new(Key::DiagColumnEmpty).with("id", fid),
                        );
                    } else if !seen.insert(column.as_str()) {
                        c.error(
                            fat,
                            Some("kind"),
                            Message::new(Key::DiagColumnTwice)
                                .with("id", fid)
                                .with("column", column),
                        );
                    }
                }
            }
            if field.carry_over.is_some() {
                if !matches!(field.kind, FieldKind::Table { .. }) {
                    c.error(
                        fat,
                        Some("carry_over"),
                        Message::new(Key::DiagCarryOverTable).with("id", fid),
                    );
                } else if let Some(other) = &carry_field {
                    c.error(
                        fat,
                        Some("carry_over"),
                        Message::new(Key::DiagCarryOverTwice)
                            .with("id", fid)
                            .with("other", other),
                    );
                } else {
                    carry_field = Some(fid.clone());
                }
            }
            check_choosing(&mut c, fat, field, &fields_before);
            fields_before.entry(fid.as_str()).or_insert(&field.kind);
        }
    }
    c.diagnostics
}

/// The rules of a `Votes` or `Matrix` field: it names a list (a matrix: a list or a vote) met
/// before it, a vote gives each person 1 to 100 dots, and a matrix's axes have names.
fn check_choosing(
    c: &mut Checker<'_>,
    at: Option<usize>,
    field: &crate::model::Field,
    before: &HashMap<&str, &FieldKind>,
) {
    let fid = &field.id;
    let (of, what, fits): (&str, Key, fn(&FieldKind) -> bool) = match &field.kind {
        FieldKind::Votes { of, dots } => {
            if !(1..=100).contains(dots) {
                c.error(
                    at,
                    Some("kind"),
                    Message::new(Key::DiagDots)
                        .with("id", fid)
                        .with("dots", dots),
                );
            }
            (of, Key::DiagAListField, |k| matches!(k, FieldKind::List))
        }
        FieldKind::Matrix { of, x, y } => {
            if x.trim().is_empty() || y.trim().is_empty() {
                c.error(
                    at,
                    Some("kind"),
                    Message::new(Key::DiagMatrixAxes).with("id", fid),
                );
            }
            (of, Key::DiagAListOrVotesField, |k| {
                matches!(k, FieldKind::List | FieldKind::Votes { .. })
            })
        }
        _ => return,
    };
    match before.get(of) {
        Some(kind) if fits(kind) => {}
        Some(_) => c.error(
            at,
            Some("kind"),
            Message::new(Key::DiagOfWrongKind)
                .with("id", fid)
                .with("of", of)
                .part("what", Message::new(what)),
        ),
        None => c.error(
            at,
            Some("kind"),
            Message::new(Key::DiagOfMissing)
                .with("id", fid)
                .with("of", of)
                .part("what", Message::new(what)),
        ),
    }
}

/// The `show` rule of the step at `index` (found at `at`): every id names a field of an earlier
/// step, once.
fn check_show(
    c: &mut Checker<'_>,
    workshop: &Workshop,
    index: usize,
    at: Option<usize>,
    field_first: &HashMap<&str, usize>,
) {
    let step = &workshop.steps[index];
    if step.show.is_empty() {
        return;
    }
    let id = &step.id;
    let earlier: Vec<&str> = workshop.steps[..index]
        .iter()
        .flat_map(|s| s.capture.iter().map(|f| f.id.as_str()))
        .collect();
    let show_at = at.and_then(|a| c.source.find_field(a, "show"));
    let mut seen: HashSet<&str> = HashSet::new();
    for shown in &step.show {
        // Point at the id inside the list when it can be found there, else at `show`.
        let item_at = show_at.and_then(|s| {
            let text = &c.source.text[s..];
            let end = text.find(']').unwrap_or(text.len());
            text[..end].find(&format!("\"{shown}\"")).map(|i| s + i)
        });
        let place = item_at.or(show_at).or(at);
        let message = match field_first.get(shown.as_str()) {
            Some(&i) if i < index => {
                if seen.insert(shown.as_str()) {
                    continue;
                }
                c.warning(
                    place,
                    None,
                    Message::new(Key::DiagShowTwice)
                        .with("id", id)
                        .with("shown", shown),
                );
                continue;
            }
            Some(&i) if i == index => Message::new(Key::DiagShowOwn)
                .with("id", id)
                .with("shown", shown),
            Some(&i) => Message::new(Key::DiagShowLater)
                .with("id", id)
                .with("shown", shown)
                .with("later", &workshop.steps[i].id),
            None if earlier.is_empty() => Message::new(Key::DiagShowNoFields)
                .with("id", id)
                .with("shown", shown),
            None => Message::new(Key::DiagShowUnknown)
                .with("id", id)
                .with("shown", shown)
                .with("fields", quoted_list(&earlier))
                .suffix("suggestion", did_you_mean(shown, &earlier)),
        };
        c.error(place, None, message);
    }
}
