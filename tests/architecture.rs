//! The shape of the code: which top-level modules may use which.
//!
//! The test reads every file under `src/`, takes the top-level module it belongs to (`src/ui/…`
//! is `ui`, `src/clock.rs` is `clock`), and collects the modules it names through `crate::x`
//! (also in `use crate::{x, y}` groups; comments are left out). That gives a graph of modules.
//! It then checks: the GUI (`ui`, `app`) never uses `cli`; nothing below the interface uses
//! egui or eframe; and the graph has no cycle, found as strongly connected components
//! (Tarjan's algorithm), so a loop through three modules fails as well as two modules that
//! use each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::support::root;

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The text without `//` comments (doc comments name other modules freely).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string literal (a URL) is rare in this code; keep the line then.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a piece of code names through `crate::`.
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The group up to its own closing brace (groups nest: `{a::{B, C}, d}`).
            let mut level = 1;
            let end = group
                .char_indices()
                .find(|(_, c)| {
                    match c {
                        '{' => level += 1,
                        '}' => level -= 1,
                        _ => {}
                    }
                    level == 0
                })
                .map_or(group.len(), |(i, _)| i);
            let inner = &group[..end];
            // Only the first segment of each path in the group: `crate::{a::b, c}` → a, c.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && (c.is_alphanumeric() || c == '_') => {
                        out.insert(ident(&inner[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

/// Every top-level module with the modules it uses.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap();
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let uses = graph.entry(module.clone()).or_default();
        for named in named_modules(&code) {
            if named != module {
                uses.insert(named);
            }
        }
    }
    graph
}

/// The strongly connected components of more than one module: each is a cycle.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    struct Tarjan<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        found: Vec<BTreeSet<String>>,
    }
    impl<'a> Tarjan<'a> {
        fn visit(&mut self, v: &'a str) {
            self.index.insert(v, self.next);
            self.low.insert(v, self.next);
            self.next += 1;
            self.stack.push(v);
            self.on_stack.insert(v);
            if let Some(edges) = self.graph.get(v) {
                for w in edges {
                    let w = w.as_str();
                    if !self.index.contains_key(w) {
                        self.visit(w);
                        let low = self.low[v].min(self.low[w]);
                        self.low.insert(v, low);
                    } else if self.on_stack.contains(w) {
                        let low = self.low[v].min(self.index[w]);
                        self.low.insert(v, low);
                    }
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = BTreeSet::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.insert(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.visit(v);
        }
    }
    t.found
}

#[test]
fn the_cycle_finder_finds_loops_of_two_and_of_three() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry((*a).to_owned())
                .or_default()
                .insert((*b).to_owned());
            g.entry((*b).to_owned()).or_default();
        }
        g
    };
    assert!(cycles(&graph(&[("a", "b"), ("b", "c")])).is_empty());
    assert_eq!(cycles(&graph(&[("a", "b"), ("b", "a")])).len(), 1);
    let three = cycles(&graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]));
    assert_eq!(three.len(), 1);
    assert_eq!(three[0].len(), 3);
    assert_eq!(
        named_modules(
            "use crate::{i18n::{Key, Language}, model};\nlet x = crate::clock::parse(t);"
        ),
        ["clock", "i18n", "model"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    );
}

#[test]
fn the_gui_never_uses_the_command_line() {
    let graph = module_graph();
    for gui in ["ui", "app"] {
        let uses = graph.get(gui).cloned().unwrap_or_default();
        assert!(!uses.contains("cli"), "{gui} uses cli: {uses:?}");
    }
}

#[test]
fn nothing_below_the_interface_uses_egui() {
    let graph = module_graph();
    let interface = ["ui", "app", "desktop"];
    let src = root().join("src");
    for module in graph.keys().filter(|m| !interface.contains(&m.as_str())) {
        let mut files = Vec::new();
        rust_files(&src.join(module), &mut files);
        let single = src.join(format!("{module}.rs"));
        if single.is_file() {
            files.push(single);
        }
        for file in files {
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            for word in ["egui::", "eframe::", "use egui", "use eframe"] {
                assert!(!code.contains(word), "{} uses {word}", file.display());
            }
        }
    }
}

#[test]
fn no_modules_use_each_other_in_a_loop() {
    let graph = module_graph();
    assert!(graph.len() > 10, "{graph:?}");
    let found = cycles(&graph);
    assert!(found.is_empty(), "loops between modules: {found:?}");
}
