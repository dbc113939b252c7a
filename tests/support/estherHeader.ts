// The header of the small inline stories the engine tests compile: the keys every story must carry, and Esther
// (a deaf retired teacher) as the one cast member they all share. Each test adds its own people and knots after it.
export const ESTHER_HEADER = `# title: T
# summary: S
# minutes: 1
# role: Nurse
# outcome: O
# cast: esther = Esther; age: 78 (invisible); ability: deaf (communication); education: teacher`;
