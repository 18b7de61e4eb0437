//! Keeping plans: the versioned envelope and its migrations (pure), and the thin
//! browser side (localStorage, file download).

pub mod browser;
pub mod envelope;
pub mod files;
pub mod validate;
