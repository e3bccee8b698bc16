// The training forms still import the field from here; every other form uses ui/form directly.
export { TextField } from '../ui/form/Field';
