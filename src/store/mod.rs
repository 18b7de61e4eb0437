//! Keeping plans: the versioned envelope and its migrations (pure), the plans in the
//! browser's storage (`plans`: open, load all, save one, remove one, follow other tabs),
//! and the thin browser side (settings, file download).

pub mod browser;
pub mod envelope;
pub mod files;
pub mod plans;
mod tabs;
pub mod validate;
