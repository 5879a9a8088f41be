//! The grade register at a faculty's scale: a catalog of 1,000 students filled over four
//! sessions (4,000 entries with their signatures), then read back from JSON, which replays and
//! checks the whole history (CA-6).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use regula::Grade;
use regula::calendar::Instant;
use regula::catalog::{Catalog, CatalogPolicy, Command, Mark};

fn empty(students: usize) -> Catalog {
    let request: serde_json::Value =
        serde_json::from_str(include_str!("../examples/requests/catalog-record.json")).unwrap();
    let mut json = request["catalog"].clone();
    json["students"] = (0..students)
        .map(|i| {
            serde_json::json!({
                "id": format!("S{i:05}"),
                "name": {"surname": format!("Student{:05}", (i * 7919) % students), "father_initial": "A", "first_name": "B"}
            })
        })
        .collect();
    let quiz = json["exams"][1].clone();
    json["exams"] = (0..4)
        .map(|k| {
            let mut e = quiz.clone();
            e["id"] = format!("E{k}").into();
            e["date"] = format!("2021-0{}-15", k + 2).into();
            e
        })
        .collect();
    serde_json::from_value(json).unwrap()
}

/// Every student's entry in each of the four sessions, a second apart from 08:00, so in time order.
fn commands(catalog: &Catalog) -> Vec<Command> {
    let mut out = Vec::new();
    for k in 0..4 {
        for (i, s) in catalog.students.iter().enumerate() {
            out.push(Command::Enter {
                student: s.id.clone(),
                exam: format!("E{k}"),
                mark: Mark::Grade(Grade::new(1 + ((i + k) % 10) as u8).unwrap()),
                by: catalog.header.holder.clone(),
                at: format!(
                    "2021-0{}-15T{:02}:{:02}:{:02}",
                    k + 2,
                    8 + i / 3600,
                    i / 60 % 60,
                    i % 60
                )
                .parse::<Instant>()
                .unwrap(),
                signatures: vec![catalog.header.holder.clone()],
            });
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let policy = CatalogPolicy::umc_2020();
    let empty = empty(1_000);
    let commands = commands(&empty);
    c.bench_function("catalog/record 4,000 entries for 1,000 students", |b| {
        b.iter(|| {
            let mut catalog = empty.clone();
            catalog
                .apply_all(&policy, Grade::FIVE, black_box(&commands))
                .unwrap();
            catalog
        })
    });
    let mut full = empty.clone();
    full.apply_all(&policy, Grade::FIVE, &commands).unwrap();
    let json = serde_json::to_string(&full).unwrap();
    c.bench_function("catalog/read back and verify 8,000 events", |b| {
        b.iter(|| serde_json::from_str::<Catalog>(black_box(&json)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
