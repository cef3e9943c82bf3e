//! Upgrade advice: the record to move to when a version is not supported,
//! and what changes on the way (what users must re-test).

use super::super::catalog::{slugs, Catalog, Record, Text};
use super::super::date::Date;
use super::{status_at, Status};

slugs! {
    /// One thing that changes when moving to the advised record.
    pub enum ChangeKind {
        Python = "python",
        Os = "os",
        CudaMajor = "cuda-major",
        Driver = "driver",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub from: Option<Text>,
    pub to: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice<'c> {
    pub to: &'c Record,
    /// False when no record of the same framework is supported and `to` is
    /// the fallback from another framework.
    pub same_framework: bool,
    pub changes: Vec<Change>,
}

/// The record to move to: the newest supported record of the same product
/// and framework (preferring one that shares an accelerator kind, then the
/// same OS), else the supported record of any framework whose support lasts
/// longest (preferring the same product, then a shared accelerator kind).
pub fn advise<'c>(catalog: &'c Catalog, from: &Record, at: Date) -> Option<Advice<'c>> {
    let supported = |r: &&Record| status_at(r, at) == Status::Supported && r.id != from.id;
    let same_framework = catalog
        .records_of(from.product, from.framework)
        .filter(supported)
        .max_by_key(|r| {
            (
                r.shares_accelerator_with(from),
                r.newness().0,
                r.os == from.os,
                r.newness(),
            )
        });
    let (to, same) = match same_framework {
        Some(to) => (to, true),
        None => {
            let to = catalog.records.iter().filter(supported).max_by_key(|r| {
                (
                    r.product == from.product,
                    r.shares_accelerator_with(from),
                    r.end_of_patch,
                    std::cmp::Reverse(r.framework),
                    r.newness(),
                )
            })?;
            (to, false)
        }
    };
    Some(Advice {
        to,
        same_framework: same,
        changes: changes(from, to),
    })
}

fn cuda_major(cuda: &Option<Text>) -> Option<&str> {
    cuda.as_deref().map(|c| c.split('.').next().unwrap_or(c))
}

/// What differs between two records in what users must re-test.
pub fn changes(from: &Record, to: &Record) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut compare = |kind: ChangeKind, a: &Option<Text>, b: &Option<Text>, differ: bool| {
        if differ {
            changes.push(Change {
                kind,
                from: a.clone(),
                to: b.clone(),
            });
        }
    };
    compare(
        ChangeKind::Python,
        &from.python,
        &to.python,
        from.python != to.python,
    );
    compare(ChangeKind::Os, &from.os, &to.os, from.os != to.os);
    compare(
        ChangeKind::CudaMajor,
        &from.cuda,
        &to.cuda,
        cuda_major(&from.cuda) != cuda_major(&to.cuda),
    );
    compare(
        ChangeKind::Driver,
        &from.driver,
        &to.driver,
        from.driver != to.driver,
    );
    changes
}
