//! Summary formats for other programs: the follow-up dates and due dates as a calendar
//! ([`ics`]) and the summary as a Word protocol ([`docx`]).
//!
//! Both are made from the session (and its summary view model), like the Markdown and the PDF
//! summary, and return bytes: writing them is the caller's (the app's exports folder, the
//! command line's `-o`).

pub mod docx;
pub mod ics;
