//! A workbook for leading school development through the four phases of decentralised
//! competence development (DEKOM). See README.md for the layout.

pub mod charts;
pub mod i18n;
pub mod model;
pub mod plan;
pub mod state;
pub mod store;
pub mod ui;

pub use ui::App;
