import { TextInput, maxLength, required } from 'react-admin';

const nameValidators = [required(), maxLength(120)];
const descriptionValidators = [maxLength(5000)];

/** Fields that create and edit share. */
export const WorkingGroupInputs = () => (
  <>
    <TextInput source="name" validate={nameValidators} />
    <TextInput source="description" multiline minRows={3} validate={descriptionValidators} />
  </>
);
