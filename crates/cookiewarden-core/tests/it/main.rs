//! Integration tests of the domain: site definitions read from files, as operators write them.

mod catalogue;
mod consent_strings;
mod definitions;
