export { default } from '../kit/vite-config';
