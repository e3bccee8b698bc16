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
  sampled: boolean;
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
    sampled: { type: Boolean, default: false },
  },
  { collection: 'analysis_addresses', versionKey: false },
);
addressSchema.index({ analysisId: 1, line: 1 });
addressSchema.index({ analysisId: 1, sampled: 1 });
addressSchema.index({ importId: 1 });

export const AddressModel = model<AddressRecord>('AnalysisAddress', addressSchema);
