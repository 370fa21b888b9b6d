//! Keeping records current: the one-click confirmation links that reminders carry (`links`).
//! A link confirms one record, at one version, for one account, once, before it expires; it goes
//! through the same pipeline as every other write, its audit entry marked as from a reminder.

pub mod links;
