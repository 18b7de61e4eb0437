//! Native tests of the pure logic: the domain, the file format, the charts' numbers and the
//! texts. One test binary, not one per file: each binary links the whole crate (about
//! 45 MB with line tables), so eleven of them cost disk and link time for nothing.

mod assessment;
mod backup;
mod charts;
mod dates;
mod exchange;
mod handout;
mod history;
mod incoming;
mod languages;
mod merge;
mod model_content;
mod network;
mod plan_and_envelope;
mod planning;
mod planning_charts;
mod validation;
