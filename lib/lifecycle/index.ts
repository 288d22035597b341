export {
  ALLOWED_FROM,
  IllegalTransitionError,
  LIFECYCLE_ACTIONS,
  type LifecycleAction,
  type LifecycleStep,
  type PackageState,
  mayApply,
  transition,
} from './transitions';
