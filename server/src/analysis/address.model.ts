import { AGE_GROUPS, REGISTER_SEXES, type AgeGroup, type RegisterSex } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * One resident from the register extract. Addresses live in their own collection, only the
 * analysis's owners read them, and the sweep deletes them at the analysis's deletion day.
 * Nothing here links a person to an access code or a response.
 */
export interface AddressRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  /** The import this row came from: a failed import deletes exactly its own rows. */
  importId: Types.ObjectId;
  /** Line in the delivered file, for questions about a row. */
  line: number;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  birthYear: number;
  sex: RegisterSex;
  district: string;
  ageGroup: AgeGroup;
}

const addressSchema = new Schema<AddressRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    importId: { type: Schema.Types.ObjectId, required: true },
    line: { type: Number, required: true },
    name: { type: String, required: true },
    street: { type: String, required: true },
    houseNumber: { type: String, required: true },
    postcode: { type: String, required: true },
    place: { type: String, required: true },
    birthYear: { type: Number, required: true },
    sex: { type: String, enum: REGISTER_SEXES, required: true },
    district: { type: String, required: true },
    ageGroup: { type: String, enum: AGE_GROUPS, required: true },
  },
  { collection: 'analysis_addresses', versionKey: false },
);
addressSchema.index({ analysisId: 1, line: 1 });
addressSchema.index({ importId: 1 });

export const AddressModel = model<AddressRecord>('AnalysisAddress', addressSchema);

/**
 * The drawn sample: which addresses were drawn, in one document per analysis (one write per
 * draw). Deleted with the addresses; it never holds a code.
 */
export interface SampleSelection {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  addressIds: Types.ObjectId[];
}

const selectionSchema = new Schema<SampleSelection>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    addressIds: { type: [Schema.Types.ObjectId], default: [] },
  },
  { collection: 'analysis_sample_selections', versionKey: false },
);
selectionSchema.index({ analysisId: 1 }, { unique: true });

export const SampleSelectionModel = model<SampleSelection>(
  'AnalysisSampleSelection',
  selectionSchema,
);
