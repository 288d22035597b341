export {
  ALLOWED_FROM,
  IllegalTransitionError,
  LIFECYCLE_ACTIONS,
  hasNextStep,
  type LifecycleAction,
  type LifecycleStep,
  type PackageState,
  mayApply,
  transition,
} from './transitions';
