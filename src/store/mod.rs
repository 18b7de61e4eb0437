//! Keeping plans: the versioned envelope and its migrations (pure), the plans in the
//! browser's storage (`plans`: open, load all, save one, remove one, follow other tabs),
//! the thin browser side (settings, file download) and the automatic backup file.

pub mod backup_file;
pub mod browser;
pub mod envelope;
pub mod files;
pub mod plans;
mod tabs;
pub mod validate;
