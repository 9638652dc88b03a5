import { matrixParamsOf, matrixStateOf, type MatrixState } from '../../../shared/matrix/matrixParams';
import { useAddressState, type AddressStateControl } from '../layout/useAddressState';

export type MatrixStateControl = AddressStateControl<MatrixState>;

/** The matrix's view, framework, filters, sort and folded levels, kept in its address and remembered. */
export function useMatrixState(): MatrixStateControl {
  return useAddressState('trainplan.matrix', matrixStateOf, matrixParamsOf);
}
