//! The regulations Regula was built from — the *seed* regulations — as the presets cite them.
//!
//! The catalogue's rules carry the article each rests on in these regulations: that is the
//! presets' citation of the rule, as every other number a seed regulation makes is a preset's
//! default. An institution's policy cites its own regulations instead ([`crate::Sources`]); a
//! decision under it never cites these.

use chrono::NaiveDate;

use crate::RegulationId;
use crate::rule::date;

/// A seed regulation: its id in citations, its title, its institution and the first day Regula
/// applies it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedRegulation {
    /// The id citations use: `UMC-EXAM`.
    pub id: RegulationId,
    /// The full title.
    pub title: &'static str,
    /// The institution (or legislator) that adopted it.
    pub institution: &'static str,
    /// Who adopted it, and by which act.
    pub adopted_by: &'static str,
    /// The first day the regulation applies, as Regula reads it; the presets take effect then.
    pub in_force_from: NaiveDate,
}

/// Universitatea Maritimă din Constanța, operational procedure for examining and grading students
/// (2020), in force from 6 May 2020 (OMEC 4206/2020, online examination for 2019/2020).
pub const UMC_EXAM_REGULATION: SeedRegulation = SeedRegulation {
    id: UMC_EXAM,
    title: "Universitatea Maritimă din Constanța, procedura operațională privind examinarea și notarea studenților (2020)",
    institution: "Universitatea Maritimă din Constanța",
    adopted_by: "Senatul Universității Maritime din Constanța",
    in_force_from: UMC_EXAM_FROM,
};

/// Institutul Teologic Protestant Cluj-Napoca, Erasmus+ student mobility regulation (2014), in
/// force from 13 March 2014 (its stated validity).
pub const ITP_ERASMUS_REGULATION: SeedRegulation = SeedRegulation {
    id: ITP_ERASMUS,
    title: "Institutul Teologic Protestant Cluj-Napoca, regulamentul mobilităților Erasmus+ ale studenților (2014)",
    institution: "Institutul Teologic Protestant Cluj-Napoca",
    adopted_by: "Senatul Institutului Teologic Protestant",
    in_force_from: ITP_ERASMUS_FROM,
};

/// Universitatea Tehnică din Cluj-Napoca, procedure PO_CCOC_07 on counselling (2021), in force
/// from 24 February 2021 (its registration).
pub const UTCN_CCOC_REGULATION: SeedRegulation = SeedRegulation {
    id: UTCN_CCOC,
    title: "Universitatea Tehnică din Cluj-Napoca, procedura PO_CCOC_07 (2021)",
    institution: "Universitatea Tehnică din Cluj-Napoca",
    adopted_by: "Centrul de Consiliere și Orientare în Carieră (CCOC)",
    in_force_from: UTCN_CCOC_FROM,
};

/// The Romanian Labour Code (Law 53/2003), art. 139: public holidays (CAL-2), from 1 March 2003.
pub const LABOUR_CODE_REGULATION: SeedRegulation = SeedRegulation {
    id: LABOUR_CODE,
    title: "Codul muncii, art. 139",
    institution: "Parlamentul României",
    adopted_by: "Legea nr. 53/2003",
    in_force_from: LABOUR_CODE_FROM,
};

/// Universitatea Maritimă din Constanța, Faculty of Navigation and Naval Transport: the promotion
/// thresholds of 2017/2018 (25, 85 and 145 credits, cumulated), approved by the Board of
/// Directors on 20 September 2017; the only public text of UMC's year-end rules Regula found.
pub const UMC_PROMOTION_REGULATION: SeedRegulation = SeedRegulation {
    id: UMC_PROMOTION,
    title: "Universitatea Maritimă din Constanța, Facultatea de Navigație și Transport Naval: promovarea anilor de studiu 2017-2018 (Avizier licență Navigație)",
    institution: "Universitatea Maritimă din Constanța",
    adopted_by: "Consiliul de Administrație, ședința din 20.09.2017",
    in_force_from: UMC_PROMOTION_FROM,
};

/// The seed regulations, in the order of the catalogue.
pub const SEED_REGULATIONS: [SeedRegulation; 5] = [
    UMC_EXAM_REGULATION,
    ITP_ERASMUS_REGULATION,
    UTCN_CCOC_REGULATION,
    LABOUR_CODE_REGULATION,
    UMC_PROMOTION_REGULATION,
];

/// The id of the UMC examination procedure in the presets' citations.
pub const UMC_EXAM: RegulationId = RegulationId::new("UMC-EXAM");
/// The id of the ITP Erasmus+ regulation in the presets' citations.
pub const ITP_ERASMUS: RegulationId = RegulationId::new("ITP-ERASMUS");
/// The id of the UTCN counselling procedure in the presets' citations.
pub const UTCN_CCOC: RegulationId = RegulationId::new("UTCN-CCOC");
/// The id of the UMC promotion thresholds in the presets' citations.
pub const UMC_PROMOTION: RegulationId = RegulationId::new("UMC-PROMOTION");
/// The id of the Labour Code in the presets' citations.
pub const LABOUR_CODE: RegulationId = RegulationId::new("LABOUR-CODE");

/// The first day Regula applies the UMC examination procedure: 6 May 2020.
pub const UMC_EXAM_FROM: NaiveDate = date(2020, 5, 6);
/// The first day Regula applies the ITP Erasmus+ regulation: 13 March 2014.
pub const ITP_ERASMUS_FROM: NaiveDate = date(2014, 3, 13);
/// The first day Regula applies the UTCN counselling procedure: 24 February 2021.
pub const UTCN_CCOC_FROM: NaiveDate = date(2021, 2, 24);
/// The first day Regula applies the UMC promotion thresholds: 20 September 2017.
pub const UMC_PROMOTION_FROM: NaiveDate = date(2017, 9, 20);
/// The first day of the Labour Code: 1 March 2003.
pub const LABOUR_CODE_FROM: NaiveDate = date(2003, 3, 1);
