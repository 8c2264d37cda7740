// Profile type IDs: `name:sample_type:sample_unit:period_type:period_unit`, e.g.
// `process_cpu:cpu:nanoseconds:cpu:nanoseconds`. The ID is also the value of the `__profile_type__` label of
// every series of that type, so a selection by type is an equality match on that label.
import { invalidArgument } from '../util/errors.ts';
import { LabelNames, type LabelPair } from '../model/labels.ts';
import type { types } from '../gen/index.ts';
import { newMatcher, type Matcher } from './selector.ts';

export interface ProfileTypeParts {
  name: string;
  sampleType: string;
  sampleUnit: string;
  periodType: string;
  periodUnit: string;
}

/**
 * Parses a profile type ID. Like Pyroscope, five colon-separated parts are required (a sixth, such as a
 * trailing `:delta`, is tolerated and ignored); name, sample type and sample unit must not be empty.
 */
export function parseProfileTypeId(id: string): ProfileTypeParts {
  const parts = id.split(':');
  if (parts.length !== 5 && parts.length !== 6) {
    throw invalidArgument(
      `profile type ID ${JSON.stringify(id)} must have the form <name>:<sample_type>:<sample_unit>:<period_type>:<period_unit> (got ${parts.length} part${parts.length === 1 ? '' : 's'})`,
    );
  }
  const [name, sampleType, sampleUnit, periodType, periodUnit] = parts as [string, string, string, string, string];
  if (name === '' || sampleType === '' || sampleUnit === '') {
    throw invalidArgument(`profile type ID ${JSON.stringify(id)} has an empty name, sample type or sample unit`);
  }
  return { name, sampleType, sampleUnit, periodType, periodUnit };
}

export function profileTypeId(p: ProfileTypeParts): string {
  return `${p.name}:${p.sampleType}:${p.sampleUnit}:${p.periodType}:${p.periodUnit}`;
}

/** The wire form (types.v1.ProfileType); ID is rebuilt from the parts. */
export function toProtoProfileType(p: ProfileTypeParts): types.v1.ProfileType.$Properties {
  return {
    ID: profileTypeId(p),
    name: p.name,
    sampleType: p.sampleType,
    sampleUnit: p.sampleUnit,
    periodType: p.periodType,
    periodUnit: p.periodUnit,
  };
}

/** Parses an ID straight into its wire form, keeping the ID as given. */
export function protoProfileTypeFromId(id: string): types.v1.ProfileType.$Properties {
  return { ...toProtoProfileType(parseProfileTypeId(id)), ID: id };
}

/** The profile type of a series from its labels, or undefined when the series lacks __profile_type__. */
export function profileTypeOfSeries(labels: readonly LabelPair[]): string | undefined {
  for (const l of labels) if (l.name === LabelNames.profileType) return l.value;
  return undefined;
}

/** The matcher that selects the series of one profile type. */
export function profileTypeMatcher(id: string): Matcher {
  parseProfileTypeId(id);
  return newMatcher(LabelNames.profileType, '=', id);
}
