//! The web application: server-rendered pages for practitioners and focal points, in the six UN
//! languages, on the same library as the API (the write pipeline, visibility, search), so there is
//! still one way data flows.
//!
//! Every page lives under its language (`/fr/...`); `/` sends a browser to the language its
//! `Accept-Language` prefers. Templates (`templates/`) are compiled into the binary by askama,
//! messages (`locales/<lang>/web.ftl`) are Fluent files compiled in, assets (`assets/`) are served
//! under fingerprinted names. Pages work without JavaScript; `app.js` only enhances them.

pub mod assets;
pub mod console;
pub mod form;
pub use crate::i18n;
pub mod labels;
pub mod page;
pub mod pages;
pub mod problems;
pub mod session;
pub mod text;
