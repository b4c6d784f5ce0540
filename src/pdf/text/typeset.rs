//! Typographic clean-up of text before it is set.

/// Typographic clean-up before setting text: straight quotes become typographic ones (” ” in
/// Swedish, “ ” in English), apostrophes ’, a hyphen before a number after a space the minus
/// sign (−5 min), and the spaces in "ca 15 min", before "…" and before a spaced dash become
/// non-breaking, so such a group never splits across lines. Linear in the text's length.
pub fn typeset(text: &str, english: bool) -> String {
    const NBSP: char = '\u{a0}';
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let opening = |prev: Option<char>| {
        prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '–' | '—' | '/'))
    };
    // The word before position i (back to the previous whitespace), lower-cased.
    let word_before = |i: usize| -> String {
        let mut s = i;
        while s > 0 && !chars[s - 1].is_whitespace() {
            s -= 1;
        }
        chars[s..i].iter().collect::<String>().to_lowercase()
    };
    let word_after = |i: usize| -> String {
        let mut e = i;
        while e < chars.len() && !chars[e].is_whitespace() {
            e += 1;
        }
        chars[i..e].iter().collect::<String>().to_lowercase()
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        match c {
            '"' => out.push(match (opening(prev), english) {
                (true, true) => '“',
                (false, true) => '”',
                (_, false) => '”',
            }),
            '\'' => out.push(
                if english && opening(prev) && next.is_some_and(char::is_alphanumeric) {
                    '‘'
                } else {
                    '’'
                },
            ),
            '-' if prev.is_none_or(|p| p.is_whitespace() || p == '(')
                && next.is_some_and(|n| n.is_ascii_digit()) =>
            {
                out.push('−');
            }
            ' ' => {
                let Some(n) = next else {
                    out.push(c);
                    continue;
                };
                let before = if i > 0 && !chars[i - 1].is_whitespace() {
                    word_before(i)
                } else {
                    String::new()
                };
                let after = if n.is_whitespace() {
                    String::new()
                } else {
                    word_after(i + 1)
                };
                let after_letters: String = after
                    .chars()
                    .filter(|c| c.is_alphabetic() || *c == '%')
                    .collect();
                let binds = n == '…'
                    || (matches!(n, '–' | '—') && chars.get(i + 2) == Some(&' '))
                    || (matches!(
                        before.as_str(),
                        "ca" | "ca."
                            | "c:a"
                            | "≈"
                            | "~"
                            | "kl."
                            | "kl"
                            | "nr"
                            | "nr."
                            | "sid."
                            | "s."
                    ) && n.is_ascii_digit())
                    || (before
                        .chars()
                        .next_back()
                        .is_some_and(|l| l.is_ascii_digit())
                        && matches!(
                            after_letters.as_str(),
                            "min"
                                | "minuter"
                                | "minutes"
                                | "minute"
                                | "minut"
                                | "h"
                                | "tim"
                                | "timmar"
                                | "hours"
                                | "sek"
                                | "s"
                                | "%"
                                | "kr"
                                | "st"
                                | "mm"
                                | "cm"
                                | "g"
                        ));
                out.push(if binds { NBSP } else { ' ' });
            }
            _ => out.push(c),
        }
    }
    out
}
