//! Every word the user reads, in Swedish and English: one Fluent catalogue per language.
//!
//! The texts live in `i18n/sv/innovationslek.ftl` and `i18n/en/innovationslek.ftl`, compiled into
//! the binary. Each message is named by a [`Key`] (its Fluent id is the key's name in kebab case:
//! `Key::DrawN` is `draw-n`). Fluent chooses plural forms (`1 kort`, `2 kort`; `1 card`,
//! `2 cards`) from numeric arguments; Swedish numbers are written with a decimal comma. Tests check
//! that both files hold exactly the keys of [`Key`] and that a message takes the same arguments
//! in both languages.
//!
//! This module owns the words, not where they are shown: the interface, the command line, the
//! summaries and the PDFs all ask it. The content of decks and workshops is not translated here.

use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The Swedish catalogue, as compiled into the binary.
pub const SWEDISH_FTL: &str = include_str!("../../i18n/sv/innovationslek.ftl");
/// The English catalogue, as compiled into the binary.
pub const ENGLISH_FTL: &str = include_str!("../../i18n/en/innovationslek.ftl");

/// A language the program speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    /// Svenska (the default).
    #[default]
    Swedish,
    /// English.
    English,
}

impl Language {
    /// Both languages, in the order the settings list them.
    pub const ALL: [Language; 2] = [Language::Swedish, Language::English];

    /// The language's own name, e.g. "Svenska".
    pub fn name(self) -> &'static str {
        match self {
            Language::Swedish => "Svenska",
            Language::English => "English",
        }
    }

    /// The language's BCP 47 tag: `sv` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::English => "en",
        }
    }

    /// Whether content tagged with the BCP 47 tag `tag` is in this language (`sv`, `sv-FI`, …).
    pub fn matches(self, tag: &str) -> bool {
        Language::from_tag(tag) == Some(self)
    }

    /// The language of a BCP 47 tag or a POSIX locale (`sv`, `sv-FI`, `en_GB.UTF-8`), or `None`
    /// for any other language.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "sv" => Some(Language::Swedish),
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// The language content tagged `tag` is shown in: Swedish for `sv…`, English for anything
    /// else (the language most readers of another language can follow).
    pub fn for_content(tag: &str) -> Language {
        Language::from_tag(tag).unwrap_or(Language::English)
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set; `None` when none is, or when it is `C`/`POSIX`.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
        let tag = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())?;
        let primary = tag.split(['.', '@']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("C") || primary.eq_ignore_ascii_case("POSIX") {
            return None;
        }
        Some(Language::from_tag(&tag).unwrap_or(Language::English))
    }

    /// The language of the running system: the locale variables where set (on Unix they are
    /// what a terminal user chose), otherwise the system's own language setting; Swedish for
    /// Swedish, English for every other language, and English when nothing can be found.
    pub fn system() -> Language {
        Language::from_env(|name| std::env::var(name).ok())
            .or_else(|| sys_locale::get_locale().map(|tag| Language::for_content(&tag)))
            .unwrap_or(Language::English)
    }

    /// The text of `key` in this language, for showing as it is or for [`fill`].
    pub fn tr(self, key: Key) -> Text {
        Text {
            language: self,
            key,
            plain: catalogue(self).plain[key as usize].as_str(),
        }
    }

    /// The text of `key` in this language with its arguments filled in.
    pub fn fmt(self, key: Key, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        catalogue(self).format(key, values)
    }

    /// A decimal number with `digits` decimals, with a decimal comma in Swedish (`3,0`) and a
    /// point in English (`3.0`).
    pub fn decimal(self, value: f64, digits: usize) -> String {
        self.digits(&format!("{value:.digits$}"))
    }

    /// A number written with a point and a hyphen (`-0.5`) the language's way: a decimal comma
    /// and a real minus sign in Swedish (`−0,5`), unchanged in English.
    pub fn digits(self, number: &str) -> String {
        match self {
            Language::Swedish => number.replace('.', ",").replace('-', "−"),
            Language::English => number.to_owned(),
        }
    }

    /// A date as people write it: `1 december 2026` in Swedish, `1 December 2026` in English.
    pub fn date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = MONTHS[self as usize][date.month0() as usize];
        format!("{} {month} {}", date.day(), date.year())
    }

    /// A clock time, the same way everywhere: `13:05`.
    pub fn time(self, time: chrono::NaiveTime) -> String {
        time.format("%H:%M").to_string()
    }

    /// A date and clock time: `1 december 2026 13:05`.
    pub fn date_time(self, at: chrono::NaiveDateTime) -> String {
        format!("{} {}", self.date(at.date()), self.time(at.time()))
    }
}

const MONTHS: [[&str; 12]; 2] = [
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
];

/// A message of the catalogue in one language: shown as it is (it dereferences to its text), or
/// given to [`fill`] with its arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct Text {
    language: Language,
    key: Key,
    plain: &'static str,
}

impl Text {
    /// The text without arguments.
    pub fn as_str(&self) -> &'static str {
        self.plain
    }

    /// The key the text is the message of.
    pub fn key(&self) -> Key {
        self.key
    }

    /// The language the text is in.
    pub fn language(&self) -> Language {
        self.language
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.plain
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.plain
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.plain)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.plain.to_owned()
    }
}

impl From<Text> for &'static str {
    fn from(text: Text) -> &'static str {
        text.plain
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.plain == *other
    }
}

/// The message `text` with its arguments filled in: `fill(language.tr(Key::Cards), &[("n", &3)])`.
///
/// Values that read as numbers are given to Fluent as numbers, so they choose plural forms and
/// are written the language's way (a decimal comma in Swedish).
pub fn fill(text: Text, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    catalogue(text.language).format(text.key, values)
}

/// An error or notice that can say itself in either language, from the catalogue.
///
/// Library errors are typed values carrying their data (ids, paths, values); where they meet the
/// user (the app, the command line, a summary) they are rendered with [`Localized::message`] in
/// that place's language. Their `Display` stays English, for logs and developers.
pub trait Localized {
    /// The message in `language`.
    fn message(&self, language: Language) -> String;
}

/// Something the program tells the user (an error with its data, a notice), kept as the value
/// it is and put into words each time it is shown, so a message on screen follows a change of
/// the interface language. Cheap to clone; `Display` and `Debug` say it in English.
#[derive(Clone)]
pub struct UserMessage(Arc<dyn Localized + Send + Sync>);

impl UserMessage {
    /// Keeps `what` to be said later.
    pub fn new(what: impl Localized + Send + Sync + 'static) -> UserMessage {
        UserMessage(Arc::new(what))
    }

    /// A message worded by `words` each time it is shown (for text put together from the
    /// catalogue and content, such as "Facilitatorguide: Kirunamodellen 135").
    pub fn worded(words: impl Fn(Language) -> String + Send + Sync + 'static) -> UserMessage {
        UserMessage::new(Worded(words))
    }
}

/// See [`UserMessage::worded`].
struct Worded<F>(F);

impl<F: Fn(Language) -> String> Localized for Worded<F> {
    fn message(&self, language: Language) -> String {
        (self.0)(language)
    }
}

impl Localized for UserMessage {
    fn message(&self, language: Language) -> String {
        self.0.message(language)
    }
}

impl From<Message> for UserMessage {
    fn from(message: Message) -> UserMessage {
        UserMessage::new(message)
    }
}

impl From<Key> for UserMessage {
    fn from(key: Key) -> UserMessage {
        UserMessage::new(Message::new(key))
    }
}

impl std::fmt::Display for UserMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

impl std::fmt::Debug for UserMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("UserMessage")
            .field(&self.message(Language::English))
            .finish()
    }
}

/// Why the system refused a file operation, in `language`: the common reasons in our words,
/// anything else as the system says it.
pub fn io_reason(error: &std::io::Error, language: Language) -> String {
    io_message(error).message(language)
}

/// Why the system refused a file operation, as a [`Message`] (see [`io_reason`]). An error
/// made by this program with an [`IoMessage`] inside says that message.
pub fn io_message(error: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    if let Some(ours) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<IoMessage>())
    {
        return ours.0.clone();
    }
    let key = match error.kind() {
        K::NotFound => Key::IoNotFound,
        K::PermissionDenied | K::ReadOnlyFilesystem => Key::IoPermissionDenied,
        K::StorageFull | K::QuotaExceeded => Key::IoStorageFull,
        K::AlreadyExists => Key::IoAlreadyExists,
        K::IsADirectory => Key::IoIsADirectory,
        K::NotADirectory => Key::IoNotADirectory,
        K::InvalidFilename => Key::IoInvalidFilename,
        K::FileTooLarge => Key::IoFileTooLarge,
        K::ArgumentListTooLong => Key::IoInvalidFilename,
        K::ResourceBusy | K::ExecutableFileBusy | K::WouldBlock | K::Deadlock => Key::IoBusy,
        K::Interrupted | K::TimedOut => Key::IoInterrupted,
        K::NetworkDown
        | K::NetworkUnreachable
        | K::HostUnreachable
        | K::ConnectionRefused
        | K::ConnectionReset
        | K::ConnectionAborted
        | K::NotConnected
        | K::AddrInUse
        | K::AddrNotAvailable
        | K::BrokenPipe
        | K::StaleNetworkFileHandle => Key::IoNetwork,
        K::DirectoryNotEmpty => Key::IoNotEmpty,
        K::CrossesDevices => Key::IoCrossesDevices,
        K::TooManyLinks => Key::IoTooManyLinks,
        K::OutOfMemory => Key::IoOutOfMemory,
        K::Unsupported => Key::IoUnsupported,
        K::InvalidData | K::UnexpectedEof | K::WriteZero => Key::IoIncomplete,
        // A NUL byte or another character the system refuses in a path.
        K::InvalidInput => Key::IoInvalidFilename,
        // The system's own text is in its language (English on most Linux machines), so the
        // user reads ours, with the system's number for whoever looks it up.
        _ => return io_other(error.raw_os_error()),
    };
    Message::new(key)
}

/// Whether the environment variable `INNOVATIONSLEK_DEBUG` asks for the technical detail of a
/// fault (the libraries' own words, in English) after the message in the user's language.
pub fn wants_technical_detail() -> bool {
    std::env::var_os("INNOVATIONSLEK_DEBUG").is_some_and(|v| !v.is_empty() && v != "0")
}

/// "An unexpected error in the system (error code 5)", the code when the system gave one.
pub fn io_other(code: Option<i32>) -> Message {
    Message::new(Key::IoOther).suffix(
        "code",
        code.map(|code| Message::new(Key::IoCode).verbatim("code", code.to_string())),
    )
}

/// One language's catalogue: the Fluent bundle and each message formatted without arguments.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    plain: Vec<String>,
}

fn catalogue(language: Language) -> &'static Catalogue {
    static CATALOGUES: OnceLock<[Catalogue; 2]> = OnceLock::new();
    &CATALOGUES.get_or_init(|| {
        [
            Catalogue::new(Language::Swedish, SWEDISH_FTL),
            Catalogue::new(Language::English, ENGLISH_FTL),
        ]
    })[language as usize]
}

/// Writes numbers the Swedish way: a decimal comma, a real minus sign.
fn swedish_numbers(
    value: &FluentValue<'_>,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(Language::Swedish.digits(&number.as_string())),
        _ => None,
    }
}

impl Catalogue {
    fn new(language: Language, source: &'static str) -> Catalogue {
        // The catalogues are part of the program; the tests prove they parse and are complete,
        // so a broken one can only be met by a developer, never by a user of a release.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
        let tag = language
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Arguments are our own values, not text from a translator: no bidi isolation marks.
        bundle.set_use_isolating(false);
        if language == Language::Swedish {
            bundle.set_formatter(Some(swedish_numbers));
        }
        let _ = bundle.add_resource(resource);
        let mut catalogue = Catalogue {
            bundle,
            plain: Vec::new(),
        };
        catalogue.plain = Key::ALL
            .iter()
            .map(|key| catalogue.format(*key, &[]))
            .collect();
        catalogue
    }

    fn format(&self, key: Key, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        let id = key.id();
        let Some(pattern) = self
            .bundle
            .get_message(id)
            .and_then(|message| message.value())
        else {
            // Only a developer can meet this (a test fails first): show the key, not nothing.
            return id.to_owned();
        };
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, argument(&value.to_string()));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, (!values.is_empty()).then_some(&args), &mut errors)
            .into_owned()
    }

    /// [`Catalogue::format`] with the arguments already made Fluent values.
    fn format_values(&self, key: Key, args: FluentArgs<'_>) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(key.id())
            .and_then(|message| message.value())
        else {
            return key.id().to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// A value for Fluent: a number when the text is one (so plurals and decimal commas work),
/// otherwise the text. Integers beyond 2^53 (seeds) stay text so no digit is lost.
fn argument(text: &str) -> FluentValue<'static> {
    let numeric = !text.is_empty()
        && text.len() <= 15
        && text
            .trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && text
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_digit())
        && text.matches('.').count() <= 1
        && !text.ends_with('.');
    if numeric && let Ok(number) = text.parse::<fluent_bundle::types::FluentNumber>() {
        return FluentValue::Number(number);
    }
    FluentValue::String(text.to_owned().into())
}

macro_rules! keys {
    ($($name:ident,)*) => {
        /// A message of the catalogue; its Fluent id is its name in kebab case.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Key {
            $($name,)*
        }

        impl Key {
            /// Every key.
            pub const ALL: &'static [Key] = &[$(Key::$name,)*];

            /// The key's name as written in the code.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$name => stringify!($name),)*
                }
            }
        }
    };
}

impl Key {
    /// The key's Fluent id: its name in kebab case (`DrawN` → `draw-n`).
    pub fn id(self) -> &'static str {
        static IDS: OnceLock<Vec<String>> = OnceLock::new();
        IDS.get_or_init(|| Key::ALL.iter().map(|key| kebab(key.name())).collect())[self as usize]
            .as_str()
    }
}

fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

mod keys;
pub use keys::Key;

#[cfg(test)]
mod tests;

/// A message of the catalogue with its arguments: typed data that says itself in either
/// language when it meets the user ([`Localized`]), and in English for logs (`Display`).
///
/// Loader diagnostics and option errors are made of these, so the code that finds a problem
/// names it (a [`Key`] and the values) and never writes the sentence itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: Key,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A value shown as it is (an id, a path, a number).
    Value(String),
    /// Text quoted from a file, shown character for character: never read as a number, so
    /// `-5` or `1.5` stay as the file has them (not `−5`, `1,5` in Swedish).
    Verbatim(String),
    /// A part that is itself a message, in the same language.
    Part(Box<Message>),
    /// An optional part shown after a space (`… (did you mean `title`?)`), or nothing.
    Suffix(Option<Box<Message>>),
}

impl Message {
    /// The message `key` with no arguments yet.
    pub fn new(key: Key) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The message with the argument `name` set to `value`, shown as it is.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Message {
        self.args.push((name, Arg::Value(value.to_string())));
        self
    }

    /// The message with the argument `name` set to text quoted from a file, shown exactly as it
    /// is in every language (see [`Arg::Verbatim`]).
    #[must_use]
    pub fn verbatim(mut self, name: &'static str, text: impl Into<String>) -> Message {
        self.args.push((name, Arg::Verbatim(text.into())));
        self
    }

    /// The message with the argument `name` set to another message, said in the same language.
    #[must_use]
    pub fn part(mut self, name: &'static str, part: Message) -> Message {
        self.args.push((name, Arg::Part(Box::new(part))));
        self
    }

    /// The message with the argument `name` set to ` ` and `part`, or to nothing.
    #[must_use]
    pub fn suffix(mut self, name: &'static str, part: Option<Message>) -> Message {
        self.args.push((name, Arg::Suffix(part.map(Box::new))));
        self
    }

    /// The key of the message.
    pub fn key(&self) -> Key {
        self.key
    }

    /// The value given for the argument `name`, if it is a plain value.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, arg)| match arg {
            Arg::Value(v) | Arg::Verbatim(v) if *n == name => Some(v.as_str()),
            _ => None,
        })
    }
}

impl From<Key> for Message {
    fn from(key: Key) -> Message {
        Message::new(key)
    }
}

impl Localized for Message {
    fn message(&self, language: Language) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Value(value) => argument(value),
                Arg::Verbatim(text) => FluentValue::String(text.clone().into()),
                Arg::Part(part) => argument(&part.message(language)),
                Arg::Suffix(Some(part)) => argument(&format!(" {}", part.message(language))),
                Arg::Suffix(None) => argument(""),
            };
            args.set(*name, value);
        }
        catalogue(language).format_values(self.key, args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

/// A refusal of a file operation made by this program, carried inside a [`std::io::Error`]
/// (`io::Error::new(kind, IoMessage(message))`), so it is said in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoMessage(pub Message);

impl std::fmt::Display for IoMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for IoMessage {}
