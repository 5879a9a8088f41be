use chrono::NaiveDate;
use regula_core::{Decimal, Points, PolicyError, ValueError};

/// Everything that can be wrong with a grading input, each naming the course, activity, student or
/// policy field concerned, the value that was rejected and, where one applies, the rule it breaks.
///
/// Validators collect every error they find into a [`regula_core::Violations`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GradingError {
    /// GR-2: the allotments of a course sheet must add up to exactly 10 points.
    #[error("course `{course}`: the activities' allotments add up to {sum} points, not 10 (GR-2)")]
    AllotmentsDoNotSumToTen {
        /// The course code.
        course: String,
        /// The sum that was found.
        sum: Decimal,
    },
    /// GR-2: read under a policy, a `points` sheet's allotments add up to 10 less the policy's
    /// default point (`grading.components.default_point`: 9 + 1 ex officio, 10 + 0).
    #[error(
        "course `{course}`: the activities' allotments (`activities[].allotment`) add up to {sum} points and the policy gives {default_point} ex officio (`grading.components.default_point`), not 10 in all (GR-2)"
    )]
    AllotmentsAndDefaultPoint {
        /// The course code.
        course: String,
        /// The allotments' sum.
        sum: Decimal,
        /// The policy's default point.
        default_point: Decimal,
    },
    /// GR-2 (`weighted` scheme): the weights of a course sheet add up to exactly 100 percent.
    #[error("course `{course}`: the activities' weights add up to {sum}%, not 100% (GR-2)")]
    WeightsDoNotSumToHundred {
        /// The course code.
        course: String,
        /// The sum that was found.
        sum: Decimal,
    },
    /// GR-2 (`weighted` scheme): a weight is a percentage above 0 and at most 100.
    #[error(
        "course `{course}`, activity `{activity}`: `weight` = {weight}: a weight is a percentage above 0 and at most 100 (GR-2)"
    )]
    WeightOutOfRange {
        /// The course code.
        course: String,
        /// The activity id.
        activity: String,
        /// The weight given.
        weight: Decimal,
    },
    /// GR-2: a field of the course sheet belongs to the other scheme, or is missing or invalid
    /// for its own.
    #[error("course `{course}`, activity `{activity}`: `{field}` {problem} (GR-2)")]
    SchemeField {
        /// The course code.
        course: String,
        /// The activity id.
        activity: String,
        /// The field: `weight`, `allotment`, `minimum`, `minimum_mean`.
        field: &'static str,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// GR-5: `minimum_mean` belongs to the weighted scheme.
    #[error("course `{course}`: `minimum_mean` belongs to the weighted scheme (GR-5)")]
    MinimumMeanInPointsSheet {
        /// The course code.
        course: String,
    },
    /// GR-2: under the policy, the weights of a kind of activity lie within a bound
    /// (`grading.components.weight_bounds`).
    #[error(
        "course `{course}`: activities {activities} weigh {weight}%, outside the policy's bound of {minimum}%–{maximum}% for their kind (GR-2, `grading.components.weight_bounds`)"
    )]
    WeightOutOfBound {
        /// The course code.
        course: String,
        /// The activities bounded, quoted and comma-separated.
        activities: String,
        /// Their total weight in percent.
        weight: Decimal,
        /// The bound's least weight.
        minimum: Decimal,
        /// The bound's greatest weight.
        maximum: Decimal,
    },
    /// GR-3 (`weighted` scheme): a component's grade lies between 1 and 10.
    #[error(
        "course `{course}`, student `{student}`, activity `{activity}`: grade {grade} is below 1, the lowest grade (GR-3)"
    )]
    GradeBelowOne {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The activity.
        activity: String,
        /// The grade given.
        grade: Points,
    },
    /// GR-2: a course sheet lists at least one activity.
    #[error("course `{course}`: the course sheet lists no activities (GR-2)")]
    NoActivities {
        /// The course code.
        course: String,
    },
    /// GR-2: an activity that is graded receives some of the 10 points.
    #[error(
        "course `{course}`, activity `{activity}`: an allotment of 0 points grades nothing (GR-2)"
    )]
    ZeroAllotment {
        /// The course code.
        course: String,
        /// The activity id.
        activity: String,
    },
    /// Activity ids identify activities, so they must be unique and not blank.
    #[error("course `{course}`: activity id `{activity}` is {problem}")]
    BadActivityId {
        /// The course code.
        course: String,
        /// The activity id.
        activity: String,
        /// "blank" or "used twice".
        problem: &'static str,
    },
    /// A course code identifies the course, so it must not be blank.
    #[error("a course sheet has a blank course code")]
    BlankCourseCode,
    /// GR-7, GR-9: exactly one activity is the final evaluation.
    #[error(
        "course `{course}`: {count} activities are marked as the final evaluation; exactly one must be (GR-7, GR-9)"
    )]
    FinalEvaluationCount {
        /// The course code.
        course: String,
        /// How many were marked.
        count: usize,
    },
    /// GR-7: an admission condition names an activity of the course sheet.
    #[error(
        "course `{course}`: the admission condition names activity `{activity}`, which the course sheet does not list (GR-7)"
    )]
    UnknownConditionActivity {
        /// The course code.
        course: String,
        /// The activity id named.
        activity: String,
    },
    /// GR-7: admission conditions are on the applied activities, not on the final evaluation.
    #[error(
        "course `{course}`: activity `{activity}` is the final evaluation and cannot condition admission to itself (GR-7)"
    )]
    ConditionOnFinalEvaluation {
        /// The course code.
        course: String,
        /// The activity id named.
        activity: String,
    },
    /// GR-7: a condition that asks for more points than the activity allots cannot be met.
    #[error(
        "course `{course}`, activity `{activity}`: the admission condition asks for {minimum} points but the activity allots {allotment} (GR-7)"
    )]
    UnmeetableCondition {
        /// The course code.
        course: String,
        /// The activity id.
        activity: String,
        /// The points asked for.
        minimum: Points,
        /// The activity's allotment.
        allotment: Points,
    },
    /// A student's result gives a score for every activity of the course sheet.
    #[error(
        "course `{course}`, student `{student}`: no score for activity `{activity}`; give points, or \"absent\" (GR-6)"
    )]
    MissingScore {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The activity without a score.
        activity: String,
    },
    /// A score names an activity the course sheet does not have.
    #[error(
        "course `{course}`, student `{student}`: a score is given for activity `{activity}`, which the course sheet does not list"
    )]
    UnknownActivity {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The activity named.
        activity: String,
    },
    /// Scores given by position must be as many as the activities.
    #[error("course `{course}`: {got} scores were given for {expected} activities")]
    ScoreCount {
        /// The course code.
        course: String,
        /// The number of activities.
        expected: usize,
        /// The number of scores.
        got: usize,
    },
    /// GR-3: an activity's points carry no more decimals than the policy allows.
    #[error(
        "course `{course}`, student `{student}`, activity `{activity}`: {points} points carry more than {decimals} decimals, the policy's `grading.components.points_decimals` (GR-3): give them as the course holder wrote them"
    )]
    PointsTooPrecise {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The activity.
        activity: String,
        /// The points given.
        points: Points,
        /// The decimals the policy allows.
        decimals: u32,
    },
    /// GR-3: an activity's points lie between 0 and its allotment.
    #[error(
        "course `{course}`, student `{student}`, activity `{activity}`: {points} points exceed the allotment of {allotment} (GR-3)"
    )]
    PointsAboveAllotment {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The activity.
        activity: String,
        /// The points given.
        points: Points,
        /// The activity's allotment.
        allotment: Points,
    },
    /// QZ-3: the question bank is smaller than the minimum in force for the session.
    #[error(
        "quiz `{course}`: a bank of {bank_size} questions is below the minimum of {minimum} for a session on {session_date} (QZ-3, policy in force from {effective_from})"
    )]
    BankTooSmall {
        /// The course code.
        course: String,
        /// The bank size given.
        bank_size: u32,
        /// The minimum in force.
        minimum: u32,
        /// The session date.
        session_date: NaiveDate,
        /// When the policy version with that minimum took effect.
        effective_from: NaiveDate,
    },
    /// QZ-4: a test has at least the minimum number of questions (10).
    #[error(
        "quiz `{course}`: a test of {questions} questions is below the minimum of {minimum} (QZ-4)"
    )]
    TooFewQuestions {
        /// The course code.
        course: String,
        /// The questions per test given.
        questions: u32,
        /// The minimum.
        minimum: u32,
    },
    /// QZ-2: a test's questions are drawn from the bank, so it cannot have more than the bank.
    #[error(
        "quiz `{course}`: a test of {questions} questions cannot be drawn from a bank of {bank_size} (QZ-2)"
    )]
    MoreQuestionsThanBank {
        /// The course code.
        course: String,
        /// The questions per test.
        questions: u32,
        /// The bank size.
        bank_size: u32,
    },
    /// QZ-4: the semester bonus leaves some of the 10 points to the answers.
    #[error(
        "quiz `{course}`: a maximum semester bonus of {bonus} points leaves nothing for the answers (QZ-4)"
    )]
    BonusLeavesNoPoints {
        /// The course code.
        course: String,
        /// The maximum bonus given.
        bonus: Points,
    },
    /// QZ-4: a student's earned bonus is at most the announced maximum (QZ-5).
    #[error(
        "quiz `{course}`, student `{student}`: a bonus of {bonus} points is above the announced maximum of {maximum} (QZ-4, QZ-5)"
    )]
    BonusAboveMaximum {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The bonus given.
        bonus: Points,
        /// The maximum bonus of the quiz.
        maximum: Points,
    },
    /// A quiz attempt answers every question of the test (an unanswered one is `{}`).
    #[error(
        "quiz `{course}`, student `{student}`: {got} answers were given for a test of {expected} questions"
    )]
    AnswerCount {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The questions per test.
        expected: u32,
        /// The answers given.
        got: usize,
    },
    /// An answer is inconsistent with its question.
    #[error("quiz `{course}`, student `{student}`, question {question}: {problem}")]
    BadAnswer {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// The question's number, from 1.
        question: usize,
        /// What is wrong, with the values.
        problem: String,
    },
    /// GR-9: an absent student has no answers.
    #[error(
        "quiz `{course}`, student `{student}`: marked absent but {answers} answers were given (GR-9)"
    )]
    AbsentWithAnswers {
        /// The course code.
        course: String,
        /// The student.
        student: String,
        /// How many answers were given.
        answers: usize,
    },
    /// GR-8: the policy divides by a fixed number of credits per period, and the request does
    /// not say which period the average is for.
    #[error(
        "`period` is required: the policy divides the average by a fixed number of credits (`average.fixed_divisor`), for a `semester` or a `year` (GR-8)"
    )]
    PeriodNeeded,
    /// GR-8: a course appears once in an average.
    #[error("average: course `{course}` is listed twice")]
    DuplicateCourse {
        /// The course code.
        course: String,
    },
    /// GR-4, GR-5, GR-1: an outcome that its total could never give under the policy.
    #[error(
        "courses[{index}].outcome (`{course}`): {given} is not what the total gives under the policy: {expected} (GR-1, GR-4, GR-5)"
    )]
    InconsistentOutcome {
        /// The entry's position.
        index: usize,
        /// The course code.
        course: String,
        /// The outcome given.
        given: String,
        /// The outcome the total gives.
        expected: String,
    },
    /// A student appears twice in one request.
    #[error("course `{course}`: student `{student}` is listed twice")]
    DuplicateStudent {
        /// The course code.
        course: String,
        /// The student.
        student: String,
    },
    /// GR-12..GR-14: a grade-improvement request with a value it cannot have.
    #[error("`{field}` = {value}: {problem}")]
    InvalidImprovement {
        /// The field of the request, as a path (`requests[0].semester`).
        field: String,
        /// The value given.
        value: String,
        /// What is wrong, with the rule.
        problem: String,
    },
    /// GR-12..GR-14: the grading policy in force has no grade-improvement part.
    #[error(
        "the grading policy `{policy}` does not provide for grade improvement (mărire de notă): `grading.improvement` is absent (GR-12, GR-13, GR-14)"
    )]
    ImprovementNotProvided {
        /// The policy's name.
        policy: String,
    },
    /// No policy version is in force on the date of the event.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// A quantity out of its range.
    #[error(transparent)]
    Value(#[from] ValueError),
}
