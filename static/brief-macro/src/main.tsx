import { mount } from '../../kit/bootstrap';
import { App } from './App';
import './styles.css';

mount(App);
